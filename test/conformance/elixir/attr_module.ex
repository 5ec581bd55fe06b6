defmodule AttrModule do
  @moduledoc "Module with attributes"
  @greeting "hello"
  @numbers [1, 2, 3]
  @computed Enum.sum(@numbers) * 10
  @custom_attr :first
  @custom_attr :second
  Module.register_attribute(__MODULE__, :acc, accumulate: true, persist: true)
  @acc :one
  @acc :two
  @persisted_thing {:keep, 1}
  Module.register_attribute(__MODULE__, :persisted_thing, persist: true)
  @vsn "1.2.3"
  @compile {:inline, double: 1}

  def double(x), do: x * 2
  def greeting, do: @greeting
  def numbers, do: @numbers
  def computed, do: @computed
  def custom, do: @custom_attr
  def acc, do: @acc

  @doc "documented"
  def documented, do: :ok

  for {name, value} <- [one: 1, two: 2, three: 3] do
    def unquote(name)(), do: unquote(value)
  end

  def main do
    IO.inspect({greeting(), numbers(), computed(), custom(), acc()})
    IO.inspect({one(), two(), three(), double(21)})
    attrs = __MODULE__.module_info(:attributes)
    IO.inspect(Keyword.get_values(attrs, :acc))
    IO.inspect(Keyword.get(attrs, :persisted_thing))
    IO.inspect(Keyword.get(attrs, :vsn))
    IO.inspect(__MODULE__)
    IO.inspect(__ENV__.module)
    IO.inspect(elem(__ENV__.function, 0))
    IO.inspect(Path.basename(__ENV__.file))
    IO.inspect(__ENV__.line)
    IO.inspect(__MODULE__.__info__(:functions) |> Enum.filter(fn {n, _} -> n in [:one, :two, :double] end))
    IO.inspect(__MODULE__.__info__(:module))
    IO.inspect(__MODULE__.__info__(:macros))
    IO.inspect(__MODULE__.module_info(:exports) |> Enum.member?({:main, 0}))
    IO.inspect(Module.split(__MODULE__))
    IO.inspect(Module.concat([Foo, "Bar", :Baz]))
    IO.inspect(Module.concat(Elixir.Foo, Bar))
    IO.inspect(Code.ensure_loaded?(Enum))
    IO.inspect(Code.ensure_loaded(NoSuchModuleAtAll))
  end
end
