defmodule SystemHaltStatus do
  def main do
    System.at_exit(fn _ -> IO.puts("at_exit does not run on halt") end)
    IO.puts("before halt")
    IO.write("no newline at the end")
    System.halt(7)
  end
end
