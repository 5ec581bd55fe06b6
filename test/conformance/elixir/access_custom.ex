defmodule AccessCustom do
  defmodule Grid do
    @behaviour Access
    defstruct cells: %{}

    @impl true
    def fetch(%Grid{cells: c}, {x, y}), do: Map.fetch(c, {x, y})
    @impl true
    def get_and_update(%Grid{cells: c} = g, k, f) do
      case f.(Map.get(c, k)) do
        {get, new} -> {get, %{g | cells: Map.put(c, k, new)}}
        :pop -> {Map.get(c, k), %{g | cells: Map.delete(c, k)}}
      end
    end
    @impl true
    def pop(%Grid{cells: c} = g, k), do: {Map.get(c, k), %{g | cells: Map.delete(c, k)}}
  end

  def main do
    g = %Grid{cells: %{{0, 0} => :a, {1, 0} => :b}}
    IO.inspect(g[{0, 0}])
    IO.inspect(g[{5, 5}])
    IO.inspect(get_in(g, [{1, 0}]))
    g2 = put_in(g[{2, 2}], :c)
    IO.inspect(g2.cells |> Enum.sort())
    {old, g3} = get_and_update_in(g2, [{0, 0}], fn v -> {v, :z} end)
    IO.inspect({old, g3.cells[{0, 0}]})
    {popped, g4} = pop_in(g3, [{1, 0}])
    IO.inspect({popped, map_size(g4.cells)})
    nested = %{grid: g}
    IO.inspect(update_in(nested, [:grid, {0, 0}], fn v -> {v, v} end).grid.cells[{0, 0}])
    all = fn :get, data, next -> Enum.map(data, next)
             :get_and_update, data, next ->
               {gets, ups} = Enum.map(data, next) |> Enum.map(fn {a, b} -> {a, b}; :pop -> {nil, nil} end) |> Enum.unzip()
               {gets, ups}
          end
    IO.inspect(get_in([%{a: 1}, %{a: 2}], [all, :a]))
    IO.inspect(update_in([%{a: 1}, %{a: 2}], [all, :a], &(&1 * 5)))
    IO.inspect(Access.fetch!(%{a: 1}, :a))
    try do
      Access.fetch!(%{a: 1}, :b)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      %Grid{}[:x] |> IO.inspect()
      Access.get(%URI{}, :host)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
