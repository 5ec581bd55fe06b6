defmodule UncaughtExitNormal do
  def main do
    IO.puts("exiting normally")
    exit(:normal)
    IO.puts("never printed")
  end
end
