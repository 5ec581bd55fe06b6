defmodule EtsOrderedBag do
  def main do
    o = :ets.new(:eob_o, [:ordered_set])
    for k <- [5, 3, 9, 1, 7, {:t, 1}, :atom, "bin", 2.5], do: :ets.insert(o, {k, :v})
    IO.inspect(:ets.tab2list(o) |> Enum.map(&elem(&1, 0)), label: "ordered keys")
    IO.inspect(:ets.first(o), label: "first")
    IO.inspect(:ets.last(o), label: "last")
    IO.inspect(:ets.next(o, 3), label: "next 3")
    IO.inspect(:ets.next(o, 4), label: "next 4 (absent)")
    IO.inspect(:ets.prev(o, 7), label: "prev 7")
    IO.inspect(:ets.next(o, "bin"), label: "next last")
    IO.inspect(walk(o, :ets.first(o), []), label: "walk")
    # 1 and 1.0 are the same key in ordered_set
    :ets.insert(o, {1.0, :float_one})
    IO.inspect(:ets.lookup(o, 1), label: "1 vs 1.0 ordered_set")

    s = :ets.new(:eob_s, [:set])
    :ets.insert(s, {1, :int})
    :ets.insert(s, {1.0, :float})
    IO.inspect(:ets.info(s, :size), label: "1 vs 1.0 set size")

    b = :ets.new(:eob_b, [:bag])
    :ets.insert(b, [{:k, 1}, {:k, 2}, {:k, 1}, {:j, 3}])
    IO.inspect(:ets.lookup(b, :k) |> Enum.sort(), label: "bag lookup")
    IO.inspect(:ets.info(b, :size), label: "bag size")
    :ets.delete_object(b, {:k, 1})
    IO.inspect(:ets.lookup(b, :k), label: "bag delete_object")

    d = :ets.new(:eob_d, [:duplicate_bag])
    :ets.insert(d, [{:k, 1}, {:k, 2}, {:k, 1}])
    IO.inspect(:ets.lookup(d, :k) |> Enum.sort(), label: "dup bag lookup")
    :ets.delete_object(d, {:k, 1})
    IO.inspect(:ets.lookup(d, :k), label: "dup bag delete_object")
    IO.inspect(:ets.select_count(d, [{{:k, :_}, [], [true]}]), label: "select_count")

    # foldl/foldr over ordered set
    IO.inspect(:ets.foldl(fn {k, _}, acc when is_integer(k) -> acc + k; _, acc -> acc end, 0, o), label: "foldl int sum")
    IO.inspect(:ets.foldr(fn {k, _}, acc -> [k | acc] end, [], o) |> length(), label: "foldr count")

    # slot/first on empty
    e = :ets.new(:eob_e, [:ordered_set])
    IO.inspect(:ets.first(e), label: "first empty")
    IO.inspect(:ets.last(e), label: "last empty")
  end

  defp walk(_t, :"$end_of_table", acc), do: Enum.reverse(acc)
  defp walk(t, k, acc), do: walk(t, :ets.next(t, k), [k | acc])
end
