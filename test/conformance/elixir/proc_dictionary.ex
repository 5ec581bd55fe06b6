defmodule ProcDictionary do
  def main do
    IO.inspect(Process.get(:missing), label: "get missing")
    IO.inspect(Process.get(:missing, :dflt), label: "get default")
    IO.inspect(Process.put(:a, 1), label: "put new")
    IO.inspect(Process.put(:a, 2), label: "put again")
    Process.put({:complex, "key"}, [1, 2, 3])
    Process.put(:b, 1)
    IO.inspect(Process.get(:a), label: "get a")
    IO.inspect(Process.get({:complex, "key"}), label: "get complex")
    IO.inspect(Enum.sort(Process.get_keys()), label: "keys")
    IO.inspect(Enum.sort(Process.get_keys(1)), label: "keys with value 1")
    IO.inspect(Process.delete(:a), label: "delete")
    IO.inspect(Process.delete(:a), label: "delete again")
    IO.inspect(Enum.sort(Process.get()), label: "all")
    IO.inspect(:erlang.erase(:b), label: "erase b")

    # dictionaries are per process
    parent = self()
    Process.put(:shared, :parent_value)
    spawn(fn ->
      send(parent, {:child_sees, Process.get(:shared)})
    end)
    receive do {:child_sees, v} -> IO.inspect(v, label: "child sees") end

    # Process.info dictionary reflects contents
    {:dictionary, d} = Process.info(self(), :dictionary)
    IO.inspect(Keyword.get(d, :shared), label: "info dictionary")

    # counting with the dictionary
    for w <- ~w(a b a c b a) do
      Process.put({:count, w}, Process.get({:count, w}, 0) + 1)
    end
    counts = for {{:count, w}, n} <- Process.get(), do: {w, n}
    IO.inspect(Enum.sort(counts), label: "counts")

    IO.inspect(length(:erlang.erase()) > 0, label: "erase all returned items")
    IO.inspect(Process.get(), label: "empty after erase")
  end
end
