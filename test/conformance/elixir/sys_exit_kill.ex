defmodule SysExitKill do
  def main do
    IO.puts("exit :kill from main (a plain reason when raised by exit/1)")
    exit(:kill)
  end
end
