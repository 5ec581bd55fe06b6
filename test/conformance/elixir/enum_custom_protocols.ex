defmodule EnumCustomProtocols do
  defmodule Countdown do
    defstruct from: 0
  end

  defmodule Bag do
    defstruct items: []
  end

  defimpl Enumerable, for: Countdown do
    def count(%{from: n}), do: {:ok, n}
    def member?(%{from: n}, x), do: {:ok, is_integer(x) and x >= 1 and x <= n}
    def slice(_), do: {:error, __MODULE__}
    def reduce(_, {:halt, acc}, _f), do: {:halted, acc}
    def reduce(c, {:suspend, acc}, f), do: {:suspended, acc, &reduce(c, &1, f)}
    def reduce(%{from: 0}, {:cont, acc}, _f), do: {:done, acc}
    def reduce(%{from: n}, {:cont, acc}, f), do: reduce(%Countdown{from: n - 1}, f.(n, acc), f)
  end

  defimpl Collectable, for: Bag do
    def into(bag) do
      fun = fn
        b, {:cont, x} -> %{b | items: [x | b.items]}
        b, :done -> %{b | items: Enum.sort(b.items)}
        _, :halt -> :ok
      end
      {bag, fun}
    end
  end

  defimpl Inspect, for: Bag do
    def inspect(%{items: i}, opts), do: Inspect.Algebra.concat(["#Bag<", Inspect.Algebra.to_doc(i, opts), ">"])
  end

  def main do
    c = %Countdown{from: 5}
    IO.inspect(Enum.to_list(c))
    IO.inspect(Enum.count(c))
    IO.inspect(Enum.member?(c, 3))
    IO.inspect(Enum.take(c, 2))
    IO.inspect(Enum.zip(c, [:a, :b, :c]))
    IO.inspect(Enum.slice(c, 1, 2))
    IO.inspect(Enum.reverse(c))
    IO.inspect(Enum.sort(c))
    IO.inspect(Enum.at(c, 4))
    IO.inspect(Stream.map(c, &(&1 * 2)) |> Stream.zip(Stream.cycle([true, false])) |> Enum.to_list())
    IO.inspect(Enum.into([3, 1, 2], %Bag{}))
    IO.inspect(for x <- c, into: %Bag{items: [0]}, do: x * x)
    IO.inspect(Enum.into(c, %Bag{}), label: "bag")
    IO.inspect(Enumerable.impl_for(c))
    IO.inspect(Collectable.impl_for(%Bag{}))
    IO.inspect(Enumerable.impl_for(:atom))
    IO.inspect(Enum.chunk_every(c, 2))
    IO.inspect(Enum.with_index(c))
    IO.inspect(Enum.min_max(c))
    IO.inspect(Enum.sum(c))
  end
end
