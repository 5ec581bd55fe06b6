defmodule ProcTimers do
  def main do
    long = Process.send_after(self(), :long, 5000)
    left = Process.read_timer(long)
    IO.inspect(is_integer(left) and left > 4000 and left <= 5000, label: "read_timer in range")
    Process.cancel_timer(long)
    ref = Process.send_after(self(), :tick, 20)
    IO.inspect(is_reference(ref), label: "timer ref")
    receive do :tick -> IO.puts("tick arrived") end
    IO.inspect(Process.read_timer(ref), label: "read_timer after fire")
    IO.inspect(Process.cancel_timer(ref), label: "cancel after fire")

    # cancel before it fires
    ref = Process.send_after(self(), :never, 10_000)
    left = Process.cancel_timer(ref)
    IO.inspect(is_integer(left) and left > 9000, label: "cancel returns remaining")
    IO.inspect(Process.cancel_timer(ref), label: "cancel twice")
    IO.inspect(Process.read_timer(ref), label: "read cancelled")
    r = receive do :never -> :got after 30 -> :nothing end
    IO.inspect(r, label: "cancelled message")

    # timers fire in deadline order
    Process.send_after(self(), :third, 30)
    Process.send_after(self(), :first, 5)
    Process.send_after(self(), :second, 15)
    order = for _ <- 1..3, do: receive(do: (m -> m))
    IO.inspect(order, label: "order")

    # zero timeout send_after
    Process.send_after(self(), :zero, 0)
    receive do :zero -> IO.puts("zero delay delivered") end

    # erlang:start_timer wraps the message
    ref = :erlang.start_timer(5, self(), :payload)
    receive do {:timeout, ^ref, msg} -> IO.inspect(msg, label: "start_timer") end

    # cancel_timer with info: false / async
    ref = Process.send_after(self(), :x, 1000)
    IO.inspect(Process.cancel_timer(ref, info: false), label: "cancel info false")
    ref = Process.send_after(self(), :y, 1000)
    IO.inspect(Process.cancel_timer(ref, async: true, info: true), label: "async cancel")
    receive do {:cancel_timer, ^ref, left} -> IO.inspect(is_integer(left), label: "async result integer") end

    # timer to a registered name
    Process.register(self(), :proc_timers_main)
    Process.send_after(:proc_timers_main, :by_name, 1)
    receive do :by_name -> IO.puts("named timer") end

    # timer to a dead process is harmless
    pid = spawn(fn -> :ok end)
    r = Process.monitor(pid)
    receive do {:DOWN, ^r, _, _, _} -> :ok end
    ref = Process.send_after(pid, :lost, 1)
    Process.sleep(5)
    IO.inspect(Process.read_timer(ref), label: "timer to dead fired")

    # sleep returns :ok and takes at least the time
    t0 = System.monotonic_time(:millisecond)
    IO.inspect(Process.sleep(20), label: "sleep")
    IO.inspect(System.monotonic_time(:millisecond) - t0 >= 20, label: "slept enough")

    # bad timer args
    r = try do
      Process.send_after(self(), :x, -1)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "negative delay")
  end
end
