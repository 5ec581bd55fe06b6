defmodule SystemAtExit do
  def main do
    System.at_exit(fn status -> IO.puts("first registered, runs last: #{status}") end)
    System.at_exit(fn status -> IO.puts("second registered, runs first: #{status}") end)
    System.at_exit(fn _ -> raise "raising at_exit" end)
    IO.puts("main done")
  end
end
