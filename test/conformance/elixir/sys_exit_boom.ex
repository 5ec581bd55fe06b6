defmodule SysExitBoom do
  def main do
    System.at_exit(fn status -> IO.puts("at_exit status #{status}") end)
    IO.puts("exit :boom from main")
    exit(:boom)
  end
end
