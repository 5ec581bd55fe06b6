defmodule SysExitShutdownInt do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit status #{status}") end)
    IO.puts("exit {:shutdown, 42} from main")
    exit({:shutdown, 42})
  end
end
