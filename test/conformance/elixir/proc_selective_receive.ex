defmodule ProcSelectiveReceive do
  def main do
    for m <- [{:low, 1}, {:high, 1}, {:low, 2}, {:other, :x}, {:high, 2}, {:low, 3}], do: send(self(), m)
    IO.inspect(Process.info(self(), :message_queue_len), label: "queued")

    # take all :high first, preserving order
    highs = drain(:high, [])
    IO.inspect(highs, label: "highs")
    lows = drain(:low, [])
    IO.inspect(lows, label: "lows")
    IO.inspect(Process.info(self(), :message_queue_len), label: "left")
    receive do
      msg -> IO.inspect(msg, label: "remaining")
    end

    # selective receive leaves non-matching messages in order
    Enum.each(1..5, &send(self(), &1))
    receive do 3 -> :ok end
    IO.inspect(flush([]), label: "after taking 3")

    # priority by nested receive with after 0
    send(self(), :normal1)
    send(self(), :urgent)
    send(self(), :normal2)
    IO.inspect(prio([]), label: "prio order")

    # receive matching on multiple clauses picks the first message that matches any clause
    send(self(), {:b, 1})
    send(self(), {:a, 2})
    r = receive do
      {:a, x} -> {:a, x}
      {:b, x} -> {:b, x}
    end
    IO.inspect(r, label: "first matching message wins")
    flush([])

    # a ref-tagged reply skips everything older
    ref = make_ref()
    send(self(), :noise1)
    send(self(), {ref, :answer})
    send(self(), :noise2)
    receive do {^ref, a} -> IO.inspect(a, label: "ref reply") end
    IO.inspect(flush([]), label: "noise kept")
  end

  defp drain(tag, acc) do
    receive do
      {^tag, n} -> drain(tag, [n | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  defp flush(acc) do
    receive do
      m -> flush([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  defp prio(acc) do
    receive do
      :urgent -> prio([:urgent | acc])
    after
      0 ->
        receive do
          m -> prio([m | acc])
        after
          0 -> Enum.reverse(acc)
        end
    end
  end
end
