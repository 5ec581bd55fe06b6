defmodule ProcMailboxStress do
  def main do
    parent = self()
    n = 2000
    # fill the mailbox, then take messages out of order with selective receive
    for i <- 1..n, do: send(self(), {:m, i})
    IO.inspect(Process.info(self(), :message_queue_len), label: "queued")
    last = receive do {:m, ^n} -> n end
    first = receive do {:m, 1} -> 1 end
    evens = for i <- 2..n//2, i != n, do: receive(do: ({:m, ^i} -> i))
    IO.inspect({last, first, length(evens)}, label: "picked")
    rest = drain([])
    IO.inspect({length(rest), hd(rest), List.last(rest)}, label: "rest in order")

    # ping-pong round trips
    pong = spawn(fn -> pong_loop() end)
    t = for i <- 1..2000, reduce: 0 do
      acc ->
        send(pong, {:ping, self(), i})
        receive do {:pong, ^i} -> acc + 1 end
    end
    IO.inspect(t, label: "round trips")
    send(pong, :stop)

    # make_ref-based request/reply ignores a flood of other messages
    for i <- 1..1000, do: send(self(), {:noise, i})
    ref = make_ref()
    spawn(fn -> send(parent, {ref, :answer}) end)
    receive do {^ref, a} -> IO.inspect(a, label: "ref reply") end
    IO.inspect(length(drain([])), label: "noise")
  end

  defp pong_loop do
    receive do
      {:ping, from, i} -> send(from, {:pong, i}); pong_loop()
      :stop -> :ok
    end
  end

  defp drain(acc) do
    receive do
      {_, i} -> drain([i | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end
