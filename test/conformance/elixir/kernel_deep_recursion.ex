defmodule KernelDeepRecursion do
  def body_sum([]), do: 0
  def body_sum([h | t]), do: h + body_sum(t)

  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)

  def count_loop(0, acc), do: acc
  def count_loop(n, acc), do: count_loop(n - 1, acc + rem(n, 7))

  def main do
    list = Enum.to_list(1..200_000)
    IO.inspect(body_sum(list))
    IO.inspect(length(build(100_000)))
    IO.inspect(even?(300_001))
    IO.inspect(count_loop(1_000_000, 0))
    IO.inspect(Enum.map(list, &(&1 * 2)) |> Enum.sum())
    IO.inspect(List.foldr(list, 0, &(&1 + &2)))
    IO.inspect(Enum.reverse(list) |> hd())
    IO.inspect(list |> Enum.chunk_every(1000) |> length())
    IO.inspect(:lists.sort(fn a, b -> a > b end, Enum.take(list, 50_000)) |> hd())
    big_tuple = List.to_tuple(Enum.to_list(1..100_000))
    IO.inspect(elem(big_tuple, 99_999))
    IO.inspect(tuple_size(put_elem(big_tuple, 5, :x)))
    deep = Enum.reduce(1..10_000, [], fn i, acc -> [acc, i] end)
    IO.inspect(List.flatten(deep) |> length())
    IO.inspect(IO.iodata_length(deep |> Enum.map(fn _ -> "" end) |> then(fn _ -> [deep |> List.flatten() |> Enum.map(&rem(&1, 256))] end)))
    s = Enum.reduce(1..20_000, "", fn i, acc -> acc <> Integer.to_string(rem(i, 10)) end)
    IO.inspect(byte_size(s))
    IO.inspect(String.slice(s, 100, 10))
  end
end
