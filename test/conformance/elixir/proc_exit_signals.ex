defmodule ProcExitSignals do
  def main do
    # exit(pid, :normal) does not kill a non-trapping process
    p = spawn(fn -> receive do :stop -> :ok end end)
    Process.exit(p, :normal)
    sync(p)
    IO.inspect(Process.alive?(p), label: "alive after :normal signal")

    # any other reason kills it
    ref = Process.monitor(p)
    Process.exit(p, :go_away)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed with") end

    # :kill cannot be trapped
    t = spawn(fn -> Process.flag(:trap_exit, true); receive do :never -> :ok end end)
    sync(t)
    ref = Process.monitor(t)
    Process.exit(t, :kill)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "trapping killed") end

    # a trapping process receives signals as messages
    parent = self()
    t = spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :trapping)
      for _ <- 1..3 do
        receive do {:EXIT, from, reason} -> send(parent, {:trapped, from == parent, reason}) end
      end
    end)
    receive do :trapping -> :ok end
    Process.exit(t, :normal)
    Process.exit(t, :shutdown)
    Process.exit(t, {:weird, 1})
    for _ <- 1..3, do: receive(do: ({:trapped, same, r} -> IO.inspect({same, r}, label: "trapped")))

    # exit(self(), :kill) on a trapping process kills it
    {p, r} = spawn_monitor(fn -> Process.flag(:trap_exit, true); Process.exit(self(), :kill) end)
    receive do {:DOWN, ^r, _, ^p, reason} -> IO.inspect(reason, label: "self kill") end

    # killed propagates as :killed over links, not :kill
    {p, r} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      inner = spawn_link(fn -> receive do :never -> :ok end end)
      Process.exit(inner, :kill)
      receive do {:EXIT, ^inner, why} -> exit({:inner_said, why}) end
    end)
    receive do {:DOWN, ^r, _, ^p, reason} -> IO.inspect(reason, label: "link kill") end

    # a non-trapping linked process dies with the same reason
    {p, r} = spawn_monitor(fn ->
      spawn_link(fn -> exit(:propagated) end)
      receive do :never -> :ok end
    end)
    receive do {:DOWN, ^r, _, ^p, reason} -> IO.inspect(reason, label: "propagated") end

    # catching exit inside the process
    r = try do
      exit(:caught_me)
    catch
      :exit, reason -> {:caught, reason}
    end
    IO.inspect(r)
    r = catch_exit(fn -> exit({:nested, [:a]}) end)
    IO.inspect(r)

    # exit reasons through Process.exit on dead pid are ignored
    dead = spawn(fn -> :ok end)
    sync_dead(dead)
    IO.inspect(Process.exit(dead, :whatever), label: "exit to dead")
  end

  defp catch_exit(f) do
    try do
      f.()
    catch
      kind, reason -> {kind, reason}
    end
  end

  # a monitor round-trip on a live process proves earlier signals were handled
  defp sync(p) do
    :erlang.process_info(p, :status)
    :ok
  end

  defp sync_dead(p) do
    ref = Process.monitor(p)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end
end
