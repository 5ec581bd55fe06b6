defmodule EnumComprehensions do
  def main do
    IO.inspect(for x <- 1..4, do: x * x)
    IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
    IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
    IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
    IO.inspect(for {:ok, v} <- [ok: 1, error: 2, ok: 3], do: v)
    IO.inspect(for x <- [1, 2, 2, 3, 3], uniq: true, do: rem(x, 2))
    IO.inspect(for x <- 1..5, reduce: 0 do
      acc -> acc + x
    end)
    IO.inspect(for x <- ~w(a b c), reduce: %{} do
      acc -> Map.put(acc, x, String.upcase(x))
    end)
    IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 10, 1, 2, 3>> >>, do: {r, g, b})
    IO.inspect(for <<c <- "hello">>, c in ?a..?l, into: "", do: <<c - 32>>)
    IO.inspect(for x <- [1, 2], y = x * 10, y > 10, do: y)
    IO.inspect(for x <- 1..3, into: MapSet.new(), do: rem(x, 2))
    IO.inspect(for s <- ["a", "b"], into: "", do: s <> s)
    IO.inspect(for x <- [], do: x)
    IO.inspect(for i <- 1..3, j <- i..3, do: {i, j})
    IO.inspect(for x when is_integer(x) <- [1, :a, 2.0, 3], do: x)
    IO.inspect(for %{n: n} <- [%{n: 1}, %{m: 2}, %{n: 3}], do: n)
    {:ok, dev} = StringIO.open("")
    for x <- ~w(p q), into: IO.stream(dev, :line), do: x <> "\n"
    IO.inspect(StringIO.contents(dev))
    IO.inspect(Enum.reduce(for(x <- 1..100, rem(x, 7) == 0, do: x), &+/2))
    IO.inspect(for x <- 1..3, y <- 1..3, x != y, reduce: [] do
      acc -> [x * 10 + y | acc]
    end)
  end
end
