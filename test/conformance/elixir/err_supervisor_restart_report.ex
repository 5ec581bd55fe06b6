defmodule ErrSupervisorRestartReport do
  defmodule W do
    use GenServer
    def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: ErrSupervisorRestartReport.W)
    def init(arg) do
      send(ErrSupervisorRestartReport, {:started, arg})
      {:ok, arg}
    end
    def handle_cast(:crash, _), do: raise("worker crash")
  end

  def main do
    Logger.configure_backend(:console, device: :standard_error)
    Process.register(self(), __MODULE__)
    {:ok, sup} = Supervisor.start_link([{W, :a}], strategy: :one_for_one, name: ErrSupervisorRestartReport.Sup)
    receive do {:started, a} -> IO.inspect(a, label: "started") end
    GenServer.cast(W, :crash)
    receive do {:started, a} -> IO.inspect(a, label: "restarted") end
    Logger.flush()
    old = Process.whereis(W)
    Process.exit(old, :kill)
    receive do {:started, a} -> IO.inspect(a, label: "restarted after kill") end
    Logger.flush()
    IO.inspect(Supervisor.count_children(sup), label: "counts")
    Supervisor.stop(sup)
    IO.puts("done")
  end
end
