defmodule PersistentTermBasics do
  def main do
    IO.inspect(:persistent_term.get({__MODULE__, :missing}, :default), label: "get default")
    r = try do
      :persistent_term.get({__MODULE__, :missing})
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "get missing")
    IO.inspect(:persistent_term.put({__MODULE__, :cfg}, %{a: 1, list: [1, 2]}), label: "put")
    IO.inspect(:persistent_term.get({__MODULE__, :cfg}), label: "get")
    :persistent_term.put({__MODULE__, :cfg}, :replaced)
    IO.inspect(:persistent_term.get({__MODULE__, :cfg}), label: "replaced")

    # visible from other processes
    parent = self()
    spawn(fn -> send(parent, {:seen, :persistent_term.get({__MODULE__, :cfg})}) end)
    receive do {:seen, v} -> IO.inspect(v, label: "other process") end

    # get/0 lists our keys among others
    mine = for {{__MODULE__, k}, v} <- :persistent_term.get(), do: {k, v}
    IO.inspect(Enum.sort(mine), label: "ours in get/0")

    IO.inspect(:persistent_term.erase({__MODULE__, :cfg}), label: "erase")
    IO.inspect(:persistent_term.erase({__MODULE__, :cfg}), label: "erase again")
    IO.inspect(:persistent_term.get({__MODULE__, :cfg}, nil), label: "after erase")

    # any term as key, and large values
    :persistent_term.put("string key", 1)
    :persistent_term.put(1.5, :float_key)
    big = Enum.to_list(1..1000)
    :persistent_term.put({__MODULE__, :big}, big)
    IO.inspect(:persistent_term.get("string key"), label: "string key")
    IO.inspect(:persistent_term.get(1.5), label: "float key")
    IO.inspect(:persistent_term.get({__MODULE__, :big}) |> Enum.sum(), label: "big sum")
    info = :persistent_term.info()
    IO.inspect(Map.keys(info) |> Enum.sort(), label: "info keys")
    IO.inspect(info.count >= 3, label: "count")
    :persistent_term.erase("string key")
    :persistent_term.erase(1.5)
  end
end
