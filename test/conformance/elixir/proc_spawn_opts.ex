defmodule ProcSpawnOpts do
  def main do
    {pid, ref} = Process.spawn(fn -> exit(:with_monitor) end, [:monitor])
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "spawn :monitor") end

    Process.flag(:trap_exit, true)
    pid = Process.spawn(fn -> exit(:with_link) end, [:link])
    receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "spawn :link") end

    {pid, ref} = Process.spawn(fn -> exit(:both) end, [:link, :monitor])
    got = for _ <- 1..2 do
      receive do
        {:DOWN, ^ref, :process, ^pid, r} -> {:down, r}
        {:EXIT, ^pid, r} -> {:exit, r}
      end
    end
    IO.inspect(Enum.sort(got), label: "link + monitor")

    parent = self()
    pid = Process.spawn(fn -> send(parent, Process.info(self(), :priority)) end, priority: :low)
    receive do {:priority, p} -> IO.inspect(p, label: "priority option") end
    _ = pid

    pid = Process.spawn(__MODULE__, :report, [parent, :mfa_spawn], [:link])
    receive do {:report, ^pid, tag} -> IO.inspect(tag, label: "spawn/4") end
    receive do {:EXIT, ^pid, :normal} -> IO.puts("mfa process ended normally") end

    {pid, ref} = :erlang.spawn_opt(fn -> Process.sleep(:infinity) end, [:monitor, {:message_queue_data, :off_heap}])
    IO.inspect(Process.info(pid, :message_queue_data), label: "message_queue_data")
    Process.exit(pid, :kill)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed") end

    # bad arguments
    r = try do
      spawn(:not_a_fun)
    rescue
      e -> e.__struct__
    end
    IO.inspect(r, label: "spawn non-fun")
    r = try do
      Process.spawn(fn -> :ok end, [:bogus_option])
    rescue
      e -> e.__struct__
    end
    IO.inspect(r, label: "bad option")
  end

  def report(parent, tag), do: send(parent, {:report, self(), tag})
end
