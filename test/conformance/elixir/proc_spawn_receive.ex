defmodule ProcSpawnReceive do
  def main do
    parent = self()

    # spawn + reply
    pid = spawn(fn -> receive do {:ping, from} -> send(from, {:pong, self()}) end end)
    send(pid, {:ping, parent})
    receive do
      {:pong, ^pid} -> IO.puts("pong from spawned")
    end

    # receive with after 0 on an empty mailbox
    r = receive do
      x -> {:got, x}
    after
      0 -> :empty
    end
    IO.inspect(r, label: "after 0")

    # short timeout
    r = receive do
      :never -> :never
    after
      15 -> :timed_out
    end
    IO.inspect(r, label: "after 15")

    # send returns the message
    IO.inspect(send(self(), {:a, 1}), label: "send returns")
    IO.inspect(receive(do: ({:a, n} -> n * 10)), label: "received")

    # spawn/3 with MFA
    pid2 = spawn(__MODULE__, :echo, [parent, :hello])
    receive do
      {^pid2, msg} -> IO.inspect(msg, label: "mfa spawn")
    end

    # a process ends when its function returns
    ref = Process.monitor(pid2)
    receive do
      {:DOWN, ^ref, :process, ^pid2, reason} -> IO.inspect(reason, label: "down reason")
    end
    IO.inspect(Process.alive?(pid2), label: "alive after return")
    IO.inspect(Process.alive?(self()), label: "self alive")

    # many processes sum
    pids = for i <- 1..50, do: spawn(fn -> send(parent, {:sq, i, i * i}) end)
    total = Enum.reduce(1..50, 0, fn _, acc -> receive do {:sq, _, v} -> acc + v end end)
    IO.inspect({length(pids), total}, label: "fanout")

    # receive with guard
    send(self(), {:num, 3})
    send(self(), {:num, 12})
    big = receive do {:num, n} when n > 10 -> n end
    small = receive do {:num, n} -> n end
    IO.inspect({big, small}, label: "guarded")

    # pin in receive
    want = :b
    send(self(), {:tag, :a})
    send(self(), {:tag, :b})
    receive do {:tag, ^want} -> IO.puts("pinned :b first") end
    receive do {:tag, other} -> IO.inspect(other, label: "then") end

    # dynamic timeout value
    t = 5
    IO.inspect(receive(do: (:zzz -> 1), after: (t -> :dyn_timeout)))
  end

  def echo(to, msg), do: send(to, {self(), msg})
end
