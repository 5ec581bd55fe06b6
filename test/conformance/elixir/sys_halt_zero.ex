defmodule SysHaltZero do
  def main do
    System.at_exit(fn _ -> IO.puts("never: halt skips at_exit") end)
    for i <- 1..200, do: IO.puts("line #{i} " <> String.duplicate("x", rem(i, 50)))
    IO.puts(:stderr, "stderr before halt")
    System.halt()
  end
end
