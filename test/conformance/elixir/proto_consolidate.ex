defmodule ProtoConsolidate do
  defprotocol Shape do
    def area(s)
  end

  defmodule Rect do
    defstruct w: 1, h: 1
  end

  defimpl Shape, for: Rect do
    def area(%{w: w, h: h}), do: w * h
  end

  defimpl Shape, for: Integer do
    def area(n), do: n * n
  end

  def main do
    IO.inspect(Protocol.consolidated?(Shape))
    IO.inspect({Shape.area(%Rect{w: 2, h: 5}), Shape.area(3)})
    dir = :code.which(__MODULE__) |> Path.dirname()
    impls = Protocol.extract_impls(Shape, [dir]) |> Enum.sort()
    IO.inspect(impls)
    IO.inspect(Protocol.extract_protocols([dir]) |> Enum.filter(&(&1 == Shape)))
    {:ok, binary} = Protocol.consolidate(Shape, impls)
    IO.inspect(is_binary(binary))
    :code.purge(Shape)
    {:module, Shape} = :code.load_binary(Shape, ~c"consolidated", binary)
    IO.inspect(Protocol.consolidated?(Shape))
    IO.inspect({Shape.area(%Rect{w: 3, h: 4}), Shape.area(5)})
    IO.inspect(Shape.impl_for(%Rect{}))
    IO.inspect(Shape.impl_for(:atom))
    IO.inspect(Shape.__protocol__(:impls))
    try do
      Shape.area(1.5)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
