defmodule CompFor do
  def main do
    IO.inspect(for x <- 1..5, do: x * x)
    IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
    IO.inspect(for x <- [1, 2], y <- [:a, :b], do: {x, y})
    IO.inspect(for x <- 1..4, y <- x..4, x + y == 5, do: {x, y})
    IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
    IO.inspect(for x <- ~w(a b c), into: "", do: String.upcase(x))
    IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x * 10)
    IO.inspect(for x <- 1..10, reduce: 0 do
      acc -> acc + x
    end)
    IO.inspect(for x <- ~w(apple avocado banana blueberry cherry), reduce: %{} do
      acc -> Map.update(acc, String.first(x), [x], &[x | &1])
    end)
    IO.inspect(for {:ok, v} <- [ok: 1, error: 2, ok: 3], do: v)
    IO.inspect(for x <- [1, nil, 2, false], x, do: x)
    IO.inspect(for <<c <- "abc">>, x <- [1, 2], do: {c, x})
    IO.inspect(for x <- 1..3, into: MapSet.new(), do: rem(x, 2))
    IO.inspect(for i <- 1..3, j = i * 2, j > 2, do: {i, j})
    IO.inspect(for x <- [], do: x)
    IO.inspect(for x <- 1..3, into: [0], do: x)
    IO.inspect(for x <- 1..6, uniq: true, into: %{}, do: {rem(x, 3), x})
    IO.inspect(for x <- 1..5, reduce: {0, 1} do
      {s, p} -> {s + x, p * x}
    end)
    IO.inspect(for x <- 1..3, y <- 1..3, x < y, reduce: [] do
      acc when length(acc) < 2 -> [{x, y} | acc]
      acc -> acc
    end)
    IO.inspect(for {name, age} when age > 18 <- [{"a", 10}, {"b", 20}, {"c", 30}], do: name)
    IO.inspect(for x <- 1..3, do: (for y <- 1..x, do: y))
    IO.inspect(for c <- ~c"hello", c in ?a..?h, do: <<c>>)
    IO.inspect(for x <- Stream.map(1..3, &(&1 + 1)), do: x)
    stream = for x <- 1..3, into: IO.stream(:stdio, :line), do: "line #{x}\n"
    IO.inspect(is_struct(stream, IO.Stream))
  end
end
