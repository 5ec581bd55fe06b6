defmodule KernelReceive do
  def drain(acc) do
    receive do
      msg -> drain([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def main do
    send(self(), {:b, 2})
    send(self(), {:a, 1})
    send(self(), :plain)
    send(self(), {:a, 3})
    receive do
      {:a, n} when n > 2 -> IO.inspect({:got_a_gt_2, n})
    end
    target = :plain
    receive do
      ^target -> IO.inspect(:got_pinned)
    end
    IO.inspect(drain([]))
    r = receive do
      :nothing -> :unexpected
    after
      10 -> :timed_out
    end
    IO.inspect(r)
    ref = Process.send_after(self(), :delayed, 20)
    IO.inspect(is_integer(Process.read_timer(ref)))
    receive do
      :delayed -> IO.inspect(:got_delayed)
    end
    IO.inspect(Process.read_timer(ref))
    ref2 = Process.send_after(self(), :cancelled, 1000)
    IO.inspect(is_integer(Process.cancel_timer(ref2)))
    IO.inspect(drain([]))
    parent = self()
    pids = for i <- 1..5, do: spawn(fn -> send(parent, {:done, i, i * i}) end)
    results = for _ <- pids, do: (receive do {:done, i, sq} -> {i, sq} end)
    IO.inspect(Enum.sort(results))
    pid = spawn(fn ->
      receive do
        {:ping, from} -> send(from, :pong)
      end
    end)
    send(pid, {:ping, self()})
    receive do
      :pong -> IO.puts("pong received")
    after
      1000 -> IO.puts("no pong")
    end
    {:messages, msgs} = Process.info(self(), :messages)
    IO.inspect(msgs)
    send(self(), {:x, 1})
    send(self(), {:y, 2})
    {:message_queue_len, n} = Process.info(self(), :message_queue_len)
    IO.inspect(n)
    receive do
      {:y, v} -> IO.inspect({:y_first, v})
    end
    IO.inspect(drain([]))
    timeout = 5
    IO.inspect(receive do after timeout -> :empty_receive_after end)
  end
end
