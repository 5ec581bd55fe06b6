defmodule ProcOrdering do
  def main do
    parent = self()

    # messages from one sender arrive in send order
    spawn(fn -> for i <- 1..200, do: send(parent, {:seq, i}) end)
    got = for _ <- 1..200, do: receive(do: ({:seq, i} -> i))
    IO.inspect(got == Enum.to_list(1..200), label: "in order")

    # several senders: each sender's stream keeps its own order
    for s <- 1..4 do
      spawn(fn -> for i <- 1..50, do: send(parent, {:multi, s, i}) end)
    end
    all = for _ <- 1..200, do: receive(do: ({:multi, s, i} -> {s, i}))
    per = Enum.group_by(all, &elem(&1, 0), &elem(&1, 1))
    IO.inspect(Enum.map(1..4, fn s -> per[s] == Enum.to_list(1..50) end), label: "per-sender order")

    # a relay preserves order
    relay = spawn(fn -> relay(parent) end)
    for i <- 1..20, do: send(relay, i)
    send(relay, :done)
    IO.inspect(collect([]), label: "relayed")

    # send to self is immediately visible
    send(self(), :me)
    IO.inspect(Process.info(self(), :message_queue_len), label: "self send visible")
    receive do :me -> :ok end

    # messages sent before a process dies arrive before its DOWN
    {pid, ref} = spawn_monitor(fn -> send(parent, :last_words); exit(:bye) end)
    first = receive do m -> m end
    second = receive do {:DOWN, ^ref, :process, ^pid, r} -> {:down, r} end
    IO.inspect([first, second], label: "message before DOWN")

    # link exit after message
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> send(parent, :msg1); send(parent, :msg2); exit(:linked_done) end)
    msgs = for _ <- 1..3 do
      receive do
        {:EXIT, ^pid, r} -> {:exit, r}
        m -> m
      end
    end
    IO.inspect(msgs, label: "messages then EXIT")

    # request/reply with make_ref through a chain of processes
    chain = Enum.reduce(1..10, parent, fn i, next -> spawn(fn -> pass(next, i) end) end)
    send(chain, {:val, []})
    receive do {:val, acc} -> IO.inspect(acc, label: "chain") end
  end

  defp relay(to) do
    receive do
      :done -> send(to, :done)
      m -> send(to, {:r, m}); relay(to)
    end
  end

  defp collect(acc) do
    receive do
      {:r, m} -> collect([m | acc])
      :done -> Enum.reverse(acc)
    end
  end

  defp pass(next, i) do
    receive do {:val, acc} -> send(next, {:val, [i | acc]}) end
  end
end
