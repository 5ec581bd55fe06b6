# Map updates as Elixir code does them: Map.update/put/merge, struct-like
# small maps updated in a loop, and a large map built with Enum.into.
defmodule :ex_map do
  @keys 20_000

  def run do
    counts =
      Enum.reduce(1..200_000, %{}, fn i, acc ->
        Map.update(acc, rem(i * 31, @keys), 1, &(&1 + 1))
      end)

    big = Enum.into(1..@keys, %{}, fn k -> {k, k * 2} end)
    merged = Map.merge(big, counts, fn _k, a, b -> a + b end)

    point =
      Enum.reduce(1..100_000, %{x: 0, y: 0, z: 0, hits: 0}, fn i, p ->
        p = %{p | x: p.x + 1, y: p.y + rem(i, 3)}
        if rem(i, 5) == 0, do: %{p | hits: p.hits + 1}, else: p
      end)

    total = merged |> Map.values() |> Enum.sum()
    rem(total + map_size(merged) + point.x + point.y + point.hits, 1_000_000_007)
  end
end
