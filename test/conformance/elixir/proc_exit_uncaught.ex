defmodule ProcExitUncaught do
  def main do
    IO.puts("exiting main with a custom reason")
    exit({:custom_reason, [1, 2], "text"})
  end
end
