defmodule SystemHaltFlush do
  def main do
    for i <- 1..3000 do
      IO.puts("line #{i} " <> String.duplicate("x", rem(i, 50)))
    end
    IO.write(:stderr, "stderr before halt\n")
    :io.format("~p~n", [Enum.to_list(1..100)])
    System.halt(2)
  end
end
