defmodule SysExitShutdownAtom do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit status #{status}") end)
    IO.puts("exit :shutdown from main")
    exit(:shutdown)
  end
end
