defmodule ProcLinkTrapExit do
  def main do
    IO.inspect(Process.flag(:trap_exit, true), label: "old trap_exit")
    IO.inspect(Process.flag(:trap_exit, true), label: "now trap_exit")

    reasons = [:normal, :shutdown, {:shutdown, :bye}, :custom, {:tuple, 1, [2]}]
    for reason <- reasons do
      pid = spawn_link(fn -> exit(reason) end)
      receive do
        {:EXIT, ^pid, r} -> IO.inspect(r, label: "EXIT")
      end
    end

    # kill is untrappable in the target, arrives as :killed
    pid = spawn_link(fn -> Process.sleep(:infinity) end)
    Process.exit(pid, :kill)
    receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "killed") end

    # an {error, stacktrace}-shaped exit reason
    pid = spawn_link(fn -> exit({:badthing, [{__MODULE__, :f, 0, []}]}) end)
    receive do
      {:EXIT, ^pid, {reason, stack}} ->
        IO.inspect(reason, label: "error reason")
        IO.inspect(is_list(stack), label: "has stack")
    end

    # a process that exits normally does not kill linked non-trapping processes
    parent = self()
    middle = spawn_link(fn ->
      child = spawn_link(fn -> :ok end)
      ref = Process.monitor(child)
      receive do {:DOWN, ^ref, _, _, _} -> :ok end
      send(parent, {:middle_alive, Process.alive?(self())})
      receive do :stop -> :ok end
    end)
    receive do {:middle_alive, b} -> IO.inspect(b, label: "middle survives normal exit") end
    send(middle, :stop)
    receive do {:EXIT, ^middle, r} -> IO.inspect(r, label: "middle exit") end

    # exit propagates through a chain of links
    top = spawn_link(fn ->
      spawn_link(fn ->
        spawn_link(fn -> exit(:chain) end)
        Process.sleep(:infinity)
      end)
      Process.sleep(:infinity)
    end)
    receive do {:EXIT, ^top, r} -> IO.inspect(r, label: "chain") end

    # Process.link / unlink
    p = spawn(fn -> receive do :go -> exit(:after_unlink) end end)
    Process.link(p)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(p in links, label: "linked")
    Process.unlink(p)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(p in links, label: "linked after unlink")
    ref = Process.monitor(p)
    send(p, :go)
    receive do {:DOWN, ^ref, :process, ^p, r} -> IO.inspect(r, label: "unlinked died") end
    r = receive do {:EXIT, ^p, _} -> :got_exit after 20 -> :no_exit_message end
    IO.inspect(r)

    # link to a dead process with trap_exit: noproc EXIT
    dead = spawn(fn -> :ok end)
    ref = Process.monitor(dead)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    true = Process.link(dead)
    receive do {:EXIT, ^dead, r} -> IO.inspect(r, label: "link to dead") end

    # exit/2 with :normal to a trapping process arrives as a message
    Process.exit(self(), :normal)
    receive do {:EXIT, from, :normal} -> IO.inspect(from == self(), label: "self normal exit msg") end
    Process.exit(self(), :other)
    receive do {:EXIT, _, r} -> IO.inspect(r, label: "self other exit msg") end
  end
end
