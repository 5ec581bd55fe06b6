defmodule SystemHalt do
  def main do
    IO.puts("halting with 7")
    System.halt(7)
  end
end
