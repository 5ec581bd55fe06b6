defmodule ProcLinkedExitKillsMain do
  def main do
    IO.puts("before")
    System.at_exit(fn status -> IO.puts("at_exit status #{status}") end)
    parent = self()
    spawn_link(fn ->
      receive do :go -> exit(:linked_boom) end
    end)
    |> send(:go)
    receive do
      :never -> :ok
    end
    IO.puts("not reached #{inspect(parent)}")
  end
end
