defmodule SysHaltInSpawn do
  def main do
    IO.puts("main waits; a spawned process halts with 4")
    spawn(fn ->
      IO.puts("child halting")
      System.halt(4)
    end)
    Process.sleep(:infinity)
  end
end
