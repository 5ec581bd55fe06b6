defmodule SystemStop do
  def main do
    IO.puts("stopping with 3")
    System.stop(3)
    Process.sleep(:infinity)
  end
end
