defmodule UncaughtExitShutdown do
  def main do
    IO.puts("exiting with shutdown 3")
    exit({:shutdown, 3})
  end
end
