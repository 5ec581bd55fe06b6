defmodule ProcExitShutdownMain do
  def main do
    IO.puts("exit :normal and {:shutdown, _} from main are not errors")
    System.at_exit(fn status -> IO.puts("status #{status}") end)
    exit({:shutdown, 0})
  end
end
