defmodule ProtoBasic do
  defprotocol Describe do
    @doc "describes a value"
    def describe(value)
    def size_of(value)
  end

  defmodule Circle do
    defstruct radius: 1
  end

  defmodule Square do
    defstruct side: 2
  end

  defimpl Describe, for: Circle do
    def describe(%{radius: r}), do: "circle r=#{r}"
    def size_of(%{radius: r}), do: 3 * r * r
  end

  defimpl Describe, for: Square do
    def describe(s), do: "square side=#{s.side}"
    def size_of(s), do: s.side * s.side
  end

  defimpl Describe, for: [Integer, Float] do
    def describe(n), do: "number #{n}"
    def size_of(_), do: 0
  end

  defimpl Describe, for: List do
    def describe(l), do: "list of #{length(l)}: " <> Enum.map_join(l, ", ", &ProtoBasic.Describe.describe/1)
    def size_of(l), do: Enum.sum(Enum.map(l, &ProtoBasic.Describe.size_of/1))
  end

  defimpl Describe, for: BitString do
    def describe(b), do: "string #{inspect(b)}"
    def size_of(b), do: byte_size(b)
  end

  defimpl Describe, for: Map do
    def describe(m), do: "map with #{map_size(m)} keys"
    def size_of(m), do: map_size(m)
  end

  defimpl Describe, for: Tuple do
    def describe(t), do: "tuple/#{tuple_size(t)}"
    def size_of(t), do: tuple_size(t)
  end

  defimpl Describe, for: Atom do
    def describe(a), do: "atom #{a}"
    def size_of(_), do: 1
  end

  defimpl Describe, for: Function do
    def describe(f), do: "fun/#{:erlang.fun_info(f, :arity) |> elem(1)}"
    def size_of(_), do: 0
  end

  def main do
    values = [%Circle{}, %Square{side: 3}, 4, 2.5, [1, %Circle{radius: 2}], "héllo", %{a: 1}, {1, 2}, :ok, nil, fn x, y -> {x, y} end]
    for v <- values do
      IO.puts("#{Describe.describe(v)} (#{Describe.size_of(v)})")
    end
    IO.inspect(Describe.impl_for(%Circle{}))
    IO.inspect(Describe.impl_for(self()))
    IO.inspect(Describe.__protocol__(:functions))
    IO.inspect(Describe.__protocol__(:module))
    IO.inspect(Protocol.assert_protocol!(Describe))
    IO.inspect(ProtoBasic.Describe.ProtoBasic.Circle.__impl__(:for))
    IO.inspect(ProtoBasic.Describe.ProtoBasic.Circle.__impl__(:protocol))
    IO.inspect(Protocol.consolidated?(Describe))
    try do
      Describe.describe(self())
    rescue
      e in Protocol.UndefinedError ->
        IO.inspect({e.protocol, e.description})
        IO.inspect(is_pid(e.value))
    end
    try do
      Describe.describe(make_ref())
    rescue
      e -> IO.puts(e.__struct__)
    end
  end
end
