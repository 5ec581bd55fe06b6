defmodule GenserverTerminateStop do
  defmodule Srv do
    use GenServer

    def init({parent, trap}) do
      if trap, do: Process.flag(:trap_exit, true)
      {:ok, parent}
    end

    def handle_call({:stop_reply, reason}, _from, p), do: {:stop, reason, :stopping, p}
    def handle_call({:stop_noreply, reason}, from, p) do
      GenServer.reply(from, :replied_first)
      {:stop, reason, p}
    end

    def handle_cast({:stop, reason}, p), do: {:stop, reason, p}
    def handle_info({:EXIT, _, reason}, p), do: {:stop, reason, p}

    def terminate(reason, parent) do
      send(parent, {:terminate, reason})
      :ignored_return
    end
  end

  def main do
    Process.flag(:trap_exit, true)
    me = self()

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    IO.inspect(GenServer.stop(pid), label: "stop")
    report(pid)

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    IO.inspect(GenServer.stop(pid, {:shutdown, :custom}), label: "stop shutdown tuple")
    report(pid)

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    IO.inspect(GenServer.call(pid, {:stop_reply, :normal}), label: "stop with reply")
    report(pid)

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    IO.inspect(GenServer.call(pid, {:stop_noreply, :shutdown}), label: "reply then stop")
    report(pid)

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    GenServer.cast(pid, {:stop, {:shutdown, :from_cast}})
    report(pid)

    # terminate is called on parent exit only when trapping exits
    {:ok, pid} = GenServer.start_link(Srv, {me, true})
    Process.exit(pid, :shutdown)
    report(pid)

    {:ok, pid} = GenServer.start_link(Srv, {me, false})
    Process.exit(pid, :shutdown)
    receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "untrapped EXIT") end
    r = receive do {:terminate, _} -> :terminate_called after 20 -> :no_terminate end
    IO.inspect(r, label: "untrapped")

    # a linked process exit is handled in handle_info when trapping
    {:ok, pid} = GenServer.start_link(Srv, {me, true})
    helper = spawn(fn -> receive do :go -> exit({:shutdown, :helper}) end end)
    :sys.replace_state(pid, fn s -> Process.link(helper); s end)
    send(helper, :go)
    report(pid)

    # stopping a dead server exits the caller
    r = try do
      GenServer.stop(pid)
    catch
      :exit, {:noproc, {GenServer, :stop, [_, :normal, :infinity]}} -> :noproc
    end
    IO.inspect(r, label: "stop dead")

    # stop timeout while terminate is slow
    {:ok, pid} = GenServer.start(GenserverTerminateStop.Slow, nil)
    r = try do
      GenServer.stop(pid, :normal, 100)
    catch
      :exit, {:timeout, {GenServer, :stop, _}} -> :stop_timeout
    end
    IO.inspect(r, label: "slow terminate")

    # init results
    IO.inspect(GenServer.start(GenserverTerminateStop.Init, :ignore), label: "init ignore")
    IO.inspect(GenServer.start(GenserverTerminateStop.Init, {:stop, :no_way}), label: "init stop")
    IO.inspect(GenServer.start(GenserverTerminateStop.Init, {:ok, :state}) |> elem(0), label: "init ok")
    IO.inspect(GenServer.start_link(GenserverTerminateStop.Init, {:stop, :shutdown}), label: "init stop linked")
    receive do {:EXIT, _, r} -> IO.inspect(r, label: "init stop EXIT") end
  end

  defp report(pid) do
    receive do {:terminate, r} -> IO.inspect(r, label: "terminate") end
    receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "EXIT") end
  end

  defmodule Slow do
    use GenServer
    def init(s), do: {:ok, s}
    def terminate(_r, _s), do: Process.sleep(1000)
  end

  defmodule Init do
    use GenServer
    def init(r), do: r
  end
end
