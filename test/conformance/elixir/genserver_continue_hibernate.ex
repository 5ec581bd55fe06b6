defmodule GenserverContinueHibernate do
  defmodule Srv do
    use GenServer

    def init(trace), do: {:ok, [:init | trace], {:continue, :setup}}

    def handle_continue(:setup, s), do: {:noreply, [:setup | s]}
    def handle_continue({:chain, 0}, s), do: {:noreply, [:chain_done | s]}
    def handle_continue({:chain, n}, s), do: {:noreply, [{:chain, n} | s], {:continue, {:chain, n - 1}}}

    def handle_call(:trace, _from, s), do: {:reply, Enum.reverse(s), s}
    def handle_call(:chain, _from, s), do: {:reply, :started, [:call | s], {:continue, {:chain, 2}}}
    def handle_call(:hibernate, _from, s), do: {:reply, :sleeping, s, :hibernate}

    def handle_cast(:hib, s), do: {:noreply, [:hib | s], :hibernate}
    def handle_info(:cont, s), do: {:noreply, [:info | s], {:continue, :setup}}
  end

  def main do
    {:ok, pid} = GenServer.start_link(Srv, [])
    IO.inspect(GenServer.call(pid, :trace), label: "init continue runs before first call")
    IO.inspect(GenServer.call(pid, :chain), label: "chain call")
    IO.inspect(GenServer.call(pid, :trace), label: "chain")
    send(pid, :cont)
    IO.inspect(GenServer.call(pid, :trace) |> Enum.take(-2), label: "info continue")

    IO.inspect(GenServer.call(pid, :hibernate), label: "hibernate reply")
    wait_hibernated(pid, 100)
    IO.inspect(Process.info(pid, :current_function), label: "hibernated in")
    IO.inspect(GenServer.call(pid, :trace) |> length(), label: "state survives hibernate")
    GenServer.cast(pid, :hib)
    wait_hibernated(pid, 100)
    IO.inspect(Process.info(pid, :current_function), label: "hibernated via cast")
    IO.inspect(GenServer.call(pid, :trace) |> List.last(), label: "last")
    {:ok, p2} = GenServer.start_link(Srv, [:pre], hibernate_after: 10)
    wait_hibernated(p2, 200)
    IO.inspect(Process.info(p2, :current_function), label: "hibernate_after")
    IO.inspect(GenServer.call(p2, :trace), label: "p2 trace")
  end

  defp wait_hibernated(pid, 0), do: IO.inspect(Process.info(pid, :current_function), label: "not hibernated")
  defp wait_hibernated(pid, n) do
    case Process.info(pid, :current_function) do
      {:current_function, {:erlang, :hibernate, 3}} -> :ok
      _ -> Process.sleep(2); wait_hibernated(pid, n - 1)
    end
  end
end
