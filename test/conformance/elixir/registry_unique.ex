defmodule RegistryUnique do
  def main do
    {:ok, _} = Registry.start_link(keys: :unique, name: RegistryUnique.R)
    IO.inspect(Registry.keys(RegistryUnique.R, self()), label: "no keys")
    IO.inspect(Registry.register(RegistryUnique.R, "alpha", :va) |> elem(0), label: "register")
    {:error, {:already_registered, owner}} = Registry.register(RegistryUnique.R, "alpha", :again)
    IO.inspect(owner == self(), label: "already_registered by self")
    {:ok, _} = Registry.register(RegistryUnique.R, {:tuple, 1}, %{m: 1})
    {:ok, _} = Registry.register(RegistryUnique.R, :beta, [1, 2])

    IO.inspect(Registry.lookup(RegistryUnique.R, "alpha") == [{self(), :va}], label: "lookup")
    IO.inspect(Registry.lookup(RegistryUnique.R, "missing"), label: "lookup missing")
    IO.inspect(Enum.sort(Registry.keys(RegistryUnique.R, self())), label: "keys")
    IO.inspect(Registry.values(RegistryUnique.R, :beta, self()), label: "values")
    IO.inspect(Registry.count(RegistryUnique.R), label: "count")

    # another process cannot take the key
    parent = self()
    spawn(fn ->
      send(parent, {:other, Registry.register(RegistryUnique.R, "alpha", :x) |> elem(0)})
    end)
    receive do {:other, r} -> IO.inspect(r, label: "other process register") end

    # update_value
    IO.inspect(Registry.update_value(RegistryUnique.R, "alpha", &{:updated, &1}), label: "update_value")
    IO.inspect(Registry.lookup(RegistryUnique.R, "alpha") |> Enum.map(&elem(&1, 1)), label: "after update")
    IO.inspect(Registry.update_value(RegistryUnique.R, "nope", & &1), label: "update missing")

    # unregister / unregister_match
    IO.inspect(Registry.unregister(RegistryUnique.R, "alpha"), label: "unregister")
    IO.inspect(Registry.lookup(RegistryUnique.R, "alpha"), label: "after unregister")
    IO.inspect(Registry.unregister_match(RegistryUnique.R, :beta, [9]), label: "unregister_match no match")
    IO.inspect(Registry.lookup(RegistryUnique.R, :beta) |> length(), label: "beta kept")
    IO.inspect(Registry.unregister_match(RegistryUnique.R, :beta, [:_ | :_]), label: "unregister_match")
    IO.inspect(Registry.lookup(RegistryUnique.R, :beta), label: "beta gone")

    # whereis_name / send via registry
    {:ok, _} = Registry.register(RegistryUnique.R, :me, nil)
    IO.inspect(Registry.whereis_name({RegistryUnique.R, :me}) == self(), label: "whereis_name")
    IO.inspect(Registry.whereis_name({RegistryUnique.R, :ghost}), label: "whereis_name missing")
    Registry.send({RegistryUnique.R, :me}, :hello_via_registry)
    receive do m -> IO.inspect(m, label: "received") end
    r = try do
      Registry.send({RegistryUnique.R, :ghost}, :x)
    rescue
      e in ArgumentError -> e.message
    end
    IO.inspect(r, label: "send to missing")

    # meta
    IO.inspect(Registry.meta(RegistryUnique.R, :custom), label: "meta missing")
    IO.inspect(Registry.put_meta(RegistryUnique.R, :custom, {1, 2}), label: "put_meta")
    IO.inspect(Registry.meta(RegistryUnique.R, :custom), label: "meta")
    {:ok, _} = Registry.start_link(keys: :unique, name: RegistryUnique.M, meta: [init: :yes])
    IO.inspect(Registry.meta(RegistryUnique.M, :init), label: "init meta")
    IO.inspect(Registry.delete_meta(RegistryUnique.M, :init), label: "delete_meta")
    IO.inspect(Registry.meta(RegistryUnique.M, :init), label: "after delete_meta")
  end
end
