defmodule RegistryDynamicWorkers do
  defmodule Worker do
    use GenServer, restart: :transient
    def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
    def via(id), do: {:via, Registry, {RegistryDynamicWorkers.Reg, id}}
    def init(id), do: {:ok, %{id: id, hits: 0}}
    def handle_call(:hit, _f, s), do: {:reply, s.hits + 1, %{s | hits: s.hits + 1}}
    def handle_cast(:stop, s), do: {:stop, :normal, s}
  end

  def main do
    {:ok, _} = Supervisor.start_link([
      {Registry, keys: :unique, name: RegistryDynamicWorkers.Reg},
      {DynamicSupervisor, strategy: :one_for_one, name: RegistryDynamicWorkers.Dyn}
    ], strategy: :rest_for_one)

    for id <- ["a", "b", "c"] do
      {:ok, _} = DynamicSupervisor.start_child(RegistryDynamicWorkers.Dyn, {Worker, id})
    end
    IO.inspect(DynamicSupervisor.start_child(RegistryDynamicWorkers.Dyn, {Worker, "a"}) |> elem(0), label: "duplicate id")
    for _ <- 1..3, do: GenServer.call(Worker.via("a"), :hit)
    IO.inspect(GenServer.call(Worker.via("a"), :hit), label: "a hits")
    IO.inspect(GenServer.call(Worker.via("b"), :hit), label: "b hits")
    IO.inspect(Registry.select(RegistryDynamicWorkers.Reg, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort(), label: "registered ids")

    # a killed transient worker is restarted and re-registers under the same name
    old = GenServer.whereis(Worker.via("a"))
    ref = Process.monitor(old)
    Process.exit(old, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    wait(fn -> (p = GenServer.whereis(Worker.via("a"))) != nil and p != old end)
    IO.inspect(GenServer.call(Worker.via("a"), :hit), label: "a hits after restart")

    # a normal stop of a transient worker is final
    b = GenServer.whereis(Worker.via("b"))
    ref = Process.monitor(b)
    GenServer.cast(Worker.via("b"), :stop)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "b stopped") end
    wait(fn -> Registry.count(RegistryDynamicWorkers.Reg) == 2 end)
    IO.inspect(DynamicSupervisor.count_children(RegistryDynamicWorkers.Dyn).active, label: "active workers")
    IO.inspect(Registry.count(RegistryDynamicWorkers.Reg), label: "registry count")
  end

  defp wait(f), do: if(f.(), do: :ok, else: (Process.sleep(1); wait(f)))
end
