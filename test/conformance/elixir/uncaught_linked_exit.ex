defmodule UncaughtLinkedExit do
  def main do
    IO.puts("spawning linked worker")
    spawn_link(fn -> exit({:worker_failed, :reason}) end)
    Process.sleep(1000)
    IO.puts("not reached")
  end
end
