defmodule SysStopDefault do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit #{status}") end)
    IO.puts("System.stop() with no status")
    r = System.stop()
    IO.inspect(r, label: "stop returns")
    Process.sleep(:infinity)
  end
end
