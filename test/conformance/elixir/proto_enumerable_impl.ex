defmodule ProtoEnumerableImpl do
  defmodule Countdown do
    defstruct from: 5
  end

  defimpl Enumerable, for: Countdown do
    def count(%{from: n}), do: {:ok, n + 1}
    def member?(%{from: n}, x), do: {:ok, is_integer(x) and x >= 0 and x <= n}
    def slice(%{from: n}), do: {:ok, n + 1, fn start, len -> Enum.to_list(Range.new(n - start, n - start - len + 1, -1)) end}

    def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
    def reduce(c, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(c, &1, fun)}
    def reduce(%{from: n}, {:cont, acc}, _fun) when n < 0, do: {:done, acc}
    def reduce(%{from: n}, {:cont, acc}, fun), do: reduce(%Countdown{from: n - 1}, fun.(n, acc), fun)
  end

  defmodule Bag do
    defstruct items: []
  end

  defimpl Collectable, for: Bag do
    def into(bag) do
      collector = fn
        acc, {:cont, x} -> %{acc | items: [x | acc.items]}
        acc, :done -> %{acc | items: Enum.sort(acc.items)}
        _, :halt -> :ok
      end
      {bag, collector}
    end
  end

  def main do
    c = %Countdown{from: 5}
    IO.inspect(Enum.to_list(c))
    IO.inspect(Enum.count(c))
    IO.inspect(Enum.member?(c, 3))
    IO.inspect(Enum.member?(c, 9))
    IO.inspect(Enum.take(c, 2))
    IO.inspect(Enum.slice(c, 1, 3))
    IO.inspect(Enum.at(c, 4))
    IO.inspect(Enum.map(c, &(&1 * 10)))
    IO.inspect(Enum.zip(c, [:a, :b, :c]))
    IO.inspect(Stream.map(c, &(&1 + 1)) |> Enum.take(3))
    IO.inspect(Enum.reduce_while(c, 0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {:cont, acc + x} end))
    IO.inspect(for x <- c, rem(x, 2) == 0, do: x)
    IO.inspect(Enum.into([3, 1, 2], %Bag{}))
    IO.inspect(for x <- c, into: %Bag{}, do: x * 2)
    IO.inspect(Enum.into(%{a: 1}, []))
    IO.inspect(Enum.into([b: 2], %{a: 1}))
    IO.inspect(Enum.into(["x", "y"], ""))
    IO.inspect(Enum.into([1, 2], MapSet.new([0])))
    IO.inspect(Enum.sort(c))
    IO.inspect(Enum.chunk_every(c, 2))
    IO.inspect(Enum.sum(c))
    IO.inspect(Enum.min_max(c))
    IO.inspect(Enumerable.impl_for(c))
  end
end
