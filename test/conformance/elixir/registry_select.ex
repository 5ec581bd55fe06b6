defmodule RegistrySelect do
  def main do
    {:ok, _} = Registry.start_link(keys: :unique, name: RegistrySelect.R)
    for {k, v} <- [a: 1, b: 2, c: 3, d: 4] do
      {:ok, _} = Registry.register(RegistrySelect.R, k, v)
    end
    me = self()

    all = Registry.select(RegistrySelect.R, [{{:"$1", :"$2", :"$3"}, [], [{{:"$1", :"$2", :"$3"}}]}])
    IO.inspect(Enum.sort(all) |> Enum.map(fn {k, p, v} -> {k, p == me, v} end), label: "select all")

    keys = Registry.select(RegistrySelect.R, [{{:"$1", :_, :"$3"}, [{:>, :"$3", 2}], [:"$1"]}])
    IO.inspect(Enum.sort(keys), label: "keys with value > 2")

    pairs = Registry.select(RegistrySelect.R, [{{:"$1", :_, :"$2"}, [{:"=<", :"$2", 2}], [{{:"$2", :"$1"}}]}])
    IO.inspect(Enum.sort(pairs), label: "swapped pairs")

    IO.inspect(Registry.count_select(RegistrySelect.R, [{{:_, :_, :"$1"}, [{:is_integer, :"$1"}], [true]}]), label: "count_select")
    IO.inspect(Registry.count_match(RegistrySelect.R, :a, 1), label: "count_match exact")
    IO.inspect(Registry.count_match(RegistrySelect.R, :a, 2), label: "count_match other")

    r = try do
      Registry.select(RegistrySelect.R, :bad)
    rescue
      FunctionClauseError -> :function_clause
    end
    IO.inspect(r, label: "bad spec")

    # Registry.match with map patterns
    {:ok, _} = Registry.start_link(keys: :duplicate, name: RegistrySelect.D)
    Registry.register(RegistrySelect.D, :k, %{role: :admin, id: 1})
    Registry.register(RegistrySelect.D, :k, %{role: :user, id: 2})
    Registry.register(RegistrySelect.D, :k, %{role: :admin, id: 3})
    admins = Registry.match(RegistrySelect.D, :k, %{role: :admin})
    IO.inspect(Enum.map(admins, fn {_, v} -> v.id end) |> Enum.sort(), label: "admins")
    ids = Registry.select(RegistrySelect.D, [{{:k, :_, %{id: :"$1"}}, [], [:"$1"]}])
    IO.inspect(Enum.sort(ids), label: "select map ids")
    IO.inspect(Registry.unregister_match(RegistrySelect.D, :k, %{role: :admin}), label: "unregister admins")
    IO.inspect(Registry.lookup(RegistrySelect.D, :k) |> Enum.map(&elem(&1, 1)), label: "left")
  end
end
