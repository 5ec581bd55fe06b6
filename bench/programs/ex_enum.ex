# Enum and Stream pipelines over 10^6 integers: map/filter/reduce through
# lists, ranges and lazy streams, the bread and butter of Elixir code.
defmodule :ex_enum do
  @n 1_000_000

  def run do
    eager =
      1..@n
      |> Enum.map(&(&1 * 3))
      |> Enum.filter(&(rem(&1, 2) == 0))
      |> Enum.reduce(0, &(&1 + &2))

    lazy =
      1..@n
      |> Stream.map(&(&1 * 7))
      |> Stream.reject(&(rem(&1, 3) == 0))
      |> Stream.take_every(2)
      |> Enum.sum()

    grouped =
      1..@n
      |> Enum.chunk_every(1000)
      |> Enum.map(&Enum.max/1)
      |> Enum.sum()

    rem(eager + lazy + grouped, 1_000_000_007)
  end
end
