defmodule TimerFunctions do
  def main do
    IO.inspect(:timer.seconds(3), label: "seconds")
    IO.inspect(:timer.minutes(2), label: "minutes")
    IO.inspect(:timer.hours(1), label: "hours")
    IO.inspect(:timer.hms(1, 2, 3), label: "hms")

    {us, v} = :timer.tc(fn -> Enum.sum(1..1000) end)
    IO.inspect({is_integer(us) and us >= 0, v}, label: "tc fun")
    {_, v} = :timer.tc(Enum, :reverse, [[1, 2, 3]])
    IO.inspect(v, label: "tc mfa")
    {_, v} = :timer.tc(fn a, b -> a * b end, [6, 7])
    IO.inspect(v, label: "tc fun args")

    IO.inspect(:timer.sleep(5), label: "sleep")

    {:ok, tref} = :timer.send_after(10, :after_msg)
    IO.inspect(elem(tref, 0) in [:instant, :send_local, :once], label: "tref shape")
    receive do :after_msg -> IO.puts("send_after delivered") end

    {:ok, tref} = :timer.send_after(10_000, :never)
    IO.inspect(:timer.cancel(tref), label: "cancel")
    r = receive do :never -> :got after 20 -> :cancelled end
    IO.inspect(r)

    {:ok, iref} = :timer.send_interval(5, :tick)
    ticks = for _ <- 1..3, do: receive(do: (:tick -> :tick))
    IO.inspect(ticks, label: "interval ticks")
    {:ok, :cancel} = :timer.cancel(iref)
    flush(:tick)
    r = receive do :tick -> :still_ticking after 20 -> :stopped end
    IO.inspect(r, label: "interval cancelled")

    parent = self()
    {:ok, _} = :timer.apply_after(5, Kernel, :send, [parent, :applied])
    receive do :applied -> IO.puts("apply_after ran") end

    {:ok, _} = :timer.exit_after(5, spawn_victim(parent), :timer_exit)
    receive do {:victim_down, r} -> IO.inspect(r, label: "exit_after") end
    {:ok, _} = :timer.kill_after(5, spawn_victim(parent))
    receive do {:victim_down, r} -> IO.inspect(r, label: "kill_after") end

    IO.inspect(:timer.now_diff({0, 2, 500}, {0, 1, 0}), label: "now_diff")
    IO.inspect(:timer.cancel({:bogus, :ref}), label: "cancel bogus")
  end

  defp spawn_victim(parent) do
    ready = make_ref()
    pid = spawn(fn ->
      {victim, ref} = spawn_monitor(fn -> receive do :never -> :ok end end)
      send(parent, {ready, victim})
      receive do {:DOWN, ^ref, _, _, r} -> send(parent, {:victim_down, r}) end
    end)
    _ = pid
    receive do {^ready, victim} -> victim end
  end

  defp flush(m) do
    receive do
      ^m -> flush(m)
    after
      0 -> :ok
    end
  end
end
