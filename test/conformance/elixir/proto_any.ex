defmodule ProtoAny do
  defprotocol Sizer do
    @fallback_to_any true
    def size(x)
  end

  defimpl Sizer, for: Any do
    def size(_), do: :unknown
  end

  defimpl Sizer, for: List do
    def size(l), do: length(l)
  end

  defprotocol Labeled do
    def label(x)
  end

  defimpl Labeled, for: Any do
    defmacro __deriving__(module, struct, opts) do
      prefix = Keyword.get(opts, :prefix, "item")
      keys = struct |> Map.keys() |> Enum.reject(&(&1 == :__struct__)) |> Enum.sort()
      quote do
        defimpl ProtoAny.Labeled, for: unquote(module) do
          def label(_), do: unquote(prefix) <> ":" <> Enum.join(unquote(keys), ",")
        end
      end
    end

    def label(_), do: "any"
  end

  defmodule Plain do
    @derive ProtoAny.Labeled
    defstruct [:a, :b]
  end

  defmodule Custom do
    @derive {ProtoAny.Labeled, prefix: "custom"}
    defstruct x: 1
  end

  defmodule NoDerive do
    defstruct [:z]
  end

  defmodule Secret do
    @derive {Inspect, only: [:name]}
    defstruct [:name, :password]
  end

  defmodule Hidden do
    @derive {Inspect, except: [:token]}
    defstruct [:id, :token, :more]
  end

  def main do
    IO.inspect(Sizer.size([1, 2, 3]))
    IO.inspect(Sizer.size(%{a: 1}))
    IO.inspect(Sizer.size(42))
    IO.inspect(Sizer.impl_for(42))
    IO.puts(Labeled.label(%Plain{}))
    IO.puts(Labeled.label(%Custom{}))
    try do
      Labeled.label(%NoDerive{})
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Labeled.label(1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(%Secret{name: "n", password: "p"})
    IO.inspect(%Hidden{id: 1, token: "t", more: [1]})
    IO.inspect(%Hidden{id: 1, token: "t", more: [1]}, structs: false)
  end
end
