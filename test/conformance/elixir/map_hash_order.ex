defmodule MapHashOrder do
  # Large maps (> 32 keys) iterate in the BEAM's HAMT order, decided by the
  # internal term hash. Atom keys hash by atom-table index, which differs
  # between VMs, so only non-atom keys are printed whole here.
  def main do
    ints = Map.new(1..50, &{&1 * 7919, &1})
    IO.inspect(Map.keys(ints))
    IO.inspect(ints, limit: 8)
    strs = Map.new(1..35, &{"s#{&1}", &1})
    IO.inspect(Map.to_list(strs))
    mixed = Map.new([{1.5, :f}, {"b", :s}, {{1, 2}, :t}, {[1], :l}, {-3, :i}, {<<1::3>>, :bits}, {Integer.pow(2, 70), :big}] ++
      Enum.map(1..30, &{{&1, "k"}, &1}))
    IO.inspect(Map.keys(mixed))
    IO.inspect(:maps.iterator(ints) |> :maps.next() |> elem(0))
    IO.inspect(Enum.take(strs, 3))
    IO.inspect(Map.delete(ints, 7919) |> Map.keys() |> Enum.take(5))
    IO.inspect(for {k, v} <- strs, rem(v, 5) == 0, do: k)
    IO.inspect(MapSet.new(1..40) |> MapSet.to_list() |> Enum.take(8))
    IO.inspect(MapSet.new(Enum.map(1..40, &"v#{&1}")) |> Enum.take(8))
    IO.inspect(Map.merge(ints, strs) |> Map.keys() |> Enum.take(10))
    IO.inspect(:erlang.phash2(ints))
    IO.inspect(:erlang.phash2(strs))
    IO.inspect(Enum.map([1, 1.0, :a, "a", ~c"a", {1}, [], %{}, %{a: 1}, <<1::3>>, 12345678901234567890, -5, 3.25], &:erlang.phash2/1))
    IO.inspect(Enum.map([:x, "x", 1, {1, 2}], &:erlang.phash2(&1, 100)))
    IO.inspect(:erlang.term_to_binary(ints) |> byte_size())
    IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(strs)) == strs)
    floats = Map.new(1..40, &{&1 / 8, &1})
    IO.inspect(Map.keys(floats))
    tuples = Map.new(1..40, &{{&1, "t"}, &1})
    IO.inspect(Map.values(tuples))
  end
end
