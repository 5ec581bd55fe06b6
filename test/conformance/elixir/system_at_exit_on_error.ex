defmodule SystemAtExitOnError do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit got #{status}") end)
    IO.puts("about to raise")
    raise ArgumentError, "main failed"
  end
end
