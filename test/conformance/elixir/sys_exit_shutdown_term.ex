defmodule SysExitShutdownTerm do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit status #{status}") end)
    IO.puts("exit {:shutdown, :custom} from main")
    exit({:shutdown, :custom})
  end
end
