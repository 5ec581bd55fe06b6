defmodule UncaughtInSpawned do
  def main do
    {pid, ref} = spawn_monitor(fn -> exit({%ArgumentError{message: "in child"}, [{__MODULE__, :x, 0, []}]}) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, {e, st}} ->
        IO.inspect(e)
        IO.inspect(is_list(st))
    end
    Process.flag(:trap_exit, true)
    pid2 = spawn_link(fn -> exit(:linked_reason) end)
    receive do
      {:EXIT, ^pid2, reason} -> IO.inspect(reason)
    end
    IO.puts("main done")
  end
end
