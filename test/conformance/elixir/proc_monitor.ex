defmodule ProcMonitor do
  def main do
    pid = spawn(fn -> receive do r -> exit(r) end end)
    ref = Process.monitor(pid)
    IO.inspect(is_reference(ref), label: "ref")
    send(pid, {:bye, 42})
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "DOWN")
    end

    # monitoring a dead process gives :noproc
    ref2 = Process.monitor(pid)
    receive do
      {:DOWN, ^ref2, :process, ^pid, reason} -> IO.inspect(reason, label: "DOWN dead")
    end

    # monitoring a registered name that does not exist
    ref3 = Process.monitor(:no_such_name_here)
    receive do
      {:DOWN, ^ref3, :process, obj, reason} -> IO.inspect({obj, reason}, label: "DOWN name")
    end

    # monitoring by registered name reports {name, node}
    p = spawn(fn -> receive do :go -> :ok end end)
    Process.register(p, :mon_target)
    ref4 = Process.monitor(:mon_target)
    send(:mon_target, :go)
    receive do
      {:DOWN, ^ref4, :process, {name, node}, reason} ->
        IO.inspect({name, node == node(), reason}, label: "DOWN registered")
    end

    # demonitor stops the DOWN message; flush removes one already sent
    p = spawn(fn -> receive do :go -> :ok end end)
    ref5 = Process.monitor(p)
    IO.inspect(Process.demonitor(ref5), label: "demonitor")
    send(p, :go)
    r = receive do {:DOWN, ^ref5, _, _, _} -> :got_down after 30 -> :no_down end
    IO.inspect(r, label: "after demonitor")

    p = spawn(fn -> :ok end)
    ref6 = Process.monitor(p)
    ref7 = Process.monitor(p)
    receive do {:DOWN, ^ref7, _, _, _} -> :ok end
    IO.inspect(Process.demonitor(ref6, [:flush]), label: "demonitor flush")
    IO.inspect(Process.info(self(), :message_queue_len), label: "queue after flush")
    IO.inspect(Process.demonitor(make_ref(), [:info]), label: "demonitor unknown info")

    # multiple monitors all fire
    p = spawn(fn -> receive do :go -> exit(:multi) end end)
    refs = for _ <- 1..3, do: Process.monitor(p)
    send(p, :go)
    got = for r <- refs do
      receive do {:DOWN, ^r, :process, _, reason} -> reason end
    end
    IO.inspect(got, label: "three DOWNs")

    # spawn_monitor
    {p, r} = spawn_monitor(fn -> exit({:shutdown, :sm}) end)
    receive do {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason, label: "spawn_monitor") end

    # kill reason seen by a monitor is :killed
    {p, r} = spawn_monitor(fn -> Process.sleep(:infinity) end)
    Process.exit(p, :kill)
    receive do {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason, label: "monitor kill") end

    # error in monitored process
    {p, r} = spawn_monitor(fn -> exit({%ArgumentError{message: "x"}, []}) end)
    receive do {:DOWN, ^r, :process, ^p, {e, _}} -> IO.inspect(e, label: "monitor error") end

    # Process.monitor with alias option (OTP 24+)
    {p, r} = spawn_monitor(fn -> :ok end)
    receive do {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason, label: "normal") end
  end
end
