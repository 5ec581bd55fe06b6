defmodule GuardsKernel do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguardp is_small(n) when n in 0..9

  def kind(x) when is_even(x) and is_small(x), do: :small_even
  def kind(x) when is_even(x), do: :even
  def kind(x) when is_integer(x), do: :odd
  def kind(x) when is_float(x), do: :float
  def kind(x) when is_binary(x) and byte_size(x) > 3, do: :long_bin
  def kind(x) when is_bitstring(x), do: :bits
  def kind(x) when is_tuple(x) and tuple_size(x) == 2 and elem(x, 0) == :pair, do: :pair
  def kind(x) when is_map_key(x, :k), do: :has_k
  def kind(x) when is_map(x), do: :map
  def kind(x) when is_function(x, 2), do: :fun2
  def kind(x) when is_function(x), do: :fun
  def kind(x) when is_list(x) and length(x) > 2, do: :long_list
  def kind(x) when is_boolean(x), do: :bool
  def kind(nil), do: :nil
  def kind(x) when is_pid(x) or is_reference(x) or is_port(x), do: :process_thing
  def kind(_), do: :other

  def main do
    vals = [2, 12, 7, 1.5, "hello", "hi", <<1::3>>, {:pair, 1}, {:x, 1}, %{k: 1}, %{}, fn a, b -> a + b end,
            fn -> 1 end, [1, 2, 3], [1], true, nil, self(), make_ref(), :atom]
    IO.inspect(Enum.map(vals, &kind/1))
    IO.inspect([abs(-3), abs(2.5), max(1, 2.0), min(:a, 1), ceil(2.1), floor(-2.1), round(2.5), trunc(-3.7)])
    IO.inspect([div(7, 2), div(-7, 2), rem(-7, 2), Integer.mod(-7, 2), Integer.floor_div(-7, 2)])
    IO.inspect([byte_size("héllo"), bit_size(<<1::5>>), tuple_size({1, 2, 3}), map_size(%{a: 1}), length([1, 2])])
    IO.inspect([is_nil(nil), is_nil(false), not true, true and false, false or true, nil || :default, 1 && 2, nil && 1])
    IO.inspect([1 == 1.0, 1 === 1.0, 1 != 1.0, 1 !== 1.0, :a < :b, 1 < :a, {1} < [1], "a" > ~c"a"])
    IO.inspect(Enum.sort([:z, 3, "s", {1}, [1], %{a: 1}, 2.5, self() |> is_pid(), nil]))
    IO.inspect([hd([1, 2]), tl([1, 2]), elem({:a, :b}, 1), put_elem({1, 2}, 0, :x)])
    IO.inspect([node(), is_atom(node())])
    IO.inspect([binary_part("abcdef", 1, 3), binary_part("abcdef", 6, -2)])
    IO.inspect(if(1 in [1, 2], do: :in, else: :out))
    IO.inspect(5 in 1..10//2)
    IO.inspect(6 in 1..10//2)
    IO.inspect(:b in Map.keys(%{a: 1, b: 2}))
    IO.inspect(then(3, &(&1 * 10)))
    IO.inspect(tap(4, fn _ -> :ignored end))
    IO.inspect(Kernel.++([1], [2]))
    IO.inspect(Kernel.--([1, 2, 3, 2], [2]))
    IO.inspect(<<"a", "b">> <> "c")
    IO.inspect(:erlang.element(2, {1, 2}))
    IO.inspect(function_exported?(Enum, :map, 2))
    IO.inspect(macro_exported?(Kernel, :if, 2))
    IO.inspect(is_struct(%URI{}), [])
    IO.inspect(is_struct(%URI{}, URI))
    IO.inspect(is_exception(%RuntimeError{}))
    IO.inspect(is_exception(%RuntimeError{}, ArgumentError))
  end
end
