defmodule GenserverNamedVia do
  defmodule Kv do
    use GenServer
    def start_link(name, init), do: GenServer.start_link(__MODULE__, init, name: name)
    def init(m), do: {:ok, m}
    def handle_call({:get, k}, _from, m), do: {:reply, Map.get(m, k), m}
    def handle_call(:name_info, _from, m), do: {:reply, Process.info(self(), :registered_name), m}
    def handle_cast({:put, k, v}, m), do: {:noreply, Map.put(m, k, v)}
  end

  def main do
    {:ok, _} = Registry.start_link(keys: :unique, name: GenserverNamedVia.Reg)

    via = {:via, Registry, {GenserverNamedVia.Reg, {:kv, 1}}}
    {:ok, pid} = Kv.start_link(via, %{a: 1})
    GenServer.cast(via, {:put, :b, 2})
    IO.inspect(GenServer.call(via, {:get, :b}), label: "via call")
    IO.inspect(GenServer.whereis(via) == pid, label: "via whereis")
    IO.inspect(Registry.lookup(GenserverNamedVia.Reg, {:kv, 1}) == [{pid, nil}], label: "registry lookup")
    IO.inspect(GenServer.call(via, :name_info), label: "no local name")
    IO.inspect(Kv.start_link(via, %{}) |> elem(0), label: "second start")
    {:error, {:already_started, p}} = Kv.start_link(via, %{})
    IO.inspect(p == pid, label: "already_started pid")

    # via with a value
    via2 = {:via, Registry, {GenserverNamedVia.Reg, :with_value, :my_value}}
    {:ok, pid2} = Kv.start_link(via2, %{})
    IO.inspect(Registry.lookup(GenserverNamedVia.Reg, :with_value) == [{pid2, :my_value}], label: "via value")

    # :global names
    {:ok, gpid} = Kv.start_link({:global, :gnv_kv}, %{g: true})
    IO.inspect(GenServer.call({:global, :gnv_kv}, {:get, :g}), label: "global call")
    IO.inspect(:global.whereis_name(:gnv_kv) == gpid, label: "global whereis")
    IO.inspect(:gnv_kv in :global.registered_names(), label: "global registered")
    IO.inspect(GenServer.whereis({:global, :gnv_kv}) == gpid, label: "GenServer.whereis global")
    {:error, {:already_started, ^gpid}} = Kv.start_link({:global, :gnv_kv}, %{})
    IO.puts("global already_started")

    # local name
    {:ok, lpid} = Kv.start_link(GenserverNamedVia.Local, %{})
    IO.inspect(GenServer.call(GenserverNamedVia.Local, :name_info), label: "local name")
    IO.inspect(GenServer.whereis({GenserverNamedVia.Local, node()}) == lpid, label: "name-node tuple")

    # names are released on stop
    GenServer.stop(via)
    IO.inspect(GenServer.whereis(via), label: "via after stop")
    GenServer.stop({:global, :gnv_kv})
    IO.inspect(:global.whereis_name(:gnv_kv), label: "global after stop")

    # a bad name
    r = try do
      GenServer.start_link(Kv, %{}, name: "string name")
    rescue
      e in ArgumentError -> e.message
    end
    IO.inspect(r, label: "bad name")
  end
end
