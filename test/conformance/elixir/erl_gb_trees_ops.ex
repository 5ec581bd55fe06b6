defmodule ErlGbTreesOps do
  def main do
    t = :gb_trees.empty()
    t = Enum.reduce([5, 2, 8, 1, 9, 3], t, fn k, acc -> :gb_trees.insert(k, k * k, acc) end)
    IO.inspect(:gb_trees.to_list(t), label: "to_list")
    IO.inspect(:gb_trees.size(t), label: "size")
    IO.inspect(:gb_trees.lookup(8, t), label: "lookup")
    IO.inspect(:gb_trees.lookup(7, t), label: "lookup missing")
    IO.inspect(:gb_trees.get(2, t), label: "get")
    IO.inspect(:gb_trees.is_defined(3, t), label: "is_defined")
    IO.inspect(:gb_trees.keys(t), label: "keys")
    IO.inspect(:gb_trees.values(t), label: "values")
    IO.inspect(:gb_trees.smallest(t), label: "smallest")
    IO.inspect(:gb_trees.largest(t), label: "largest")
    t2 = :gb_trees.update(5, :five, t)
    IO.inspect(:gb_trees.get(5, t2), label: "update")
    t3 = :gb_trees.enter(7, :seven, t2)
    IO.inspect(:gb_trees.keys(t3), label: "enter new")
    t4 = :gb_trees.delete(1, t3)
    IO.inspect(:gb_trees.keys(t4), label: "delete")
    IO.inspect(:gb_trees.delete_any(100, t4) |> :gb_trees.size(), label: "delete_any missing")
    {k, v, t5} = :gb_trees.take_smallest(t4)
    IO.inspect({k, v, :gb_trees.size(t5)}, label: "take_smallest")
    {k, v, _} = :gb_trees.take_largest(t4)
    IO.inspect({k, v}, label: "take_largest")
    IO.inspect(:gb_trees.take(7, t4) |> elem(0), label: "take")
    IO.inspect(:gb_trees.get(3, :gb_trees.map(fn _k, v -> {:m, v} end, t)), label: "map")
    IO.inspect(iter(:gb_trees.iterator(t), []), label: "iterator")
    IO.inspect(iter(:gb_trees.iterator_from(4, t), []), label: "iterator_from 4")
    r = try do
      :gb_trees.insert(5, :dup, t)
    rescue
      e in ErlangError -> e.original
    end
    IO.inspect(r, label: "insert duplicate")
    bal = :gb_trees.from_orddict(for i <- 1..20, do: {i, i})
    IO.inspect(:gb_trees.balance(bal) |> :gb_trees.size(), label: "from_orddict + balance")
    IO.inspect(:gb_trees.is_empty(:gb_trees.empty()), label: "is_empty")
  end

  defp iter(it, acc) do
    case :gb_trees.next(it) do
      {k, _v, it2} -> iter(it2, [k | acc])
      :none -> Enum.reverse(acc)
    end
  end
end
