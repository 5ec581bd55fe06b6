defmodule SystemStopStatus do
  defmodule Srv do
    use GenServer
    def start_link(_), do: GenServer.start_link(__MODULE__, nil)
    def init(_) do
      Process.flag(:trap_exit, true)
      {:ok, nil}
    end
    def terminate(reason, _), do: IO.puts("terminate during stop: #{inspect(reason)}")
  end

  def main do
    {:ok, _} = Supervisor.start_link([Srv], strategy: :one_for_one, name: SystemStopStatus.Sup)
    IO.puts("stopping with status 3")
    System.stop(3)
    Process.sleep(:infinity)
  end
end
