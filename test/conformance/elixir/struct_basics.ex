defmodule StructBasics do
  defmodule User do
    @enforce_keys [:name]
    defstruct [:name, age: 0, roles: [], active: true]

    def new(name, opts \\ []), do: struct!(__MODULE__, [name: name] ++ opts)
  end

  defmodule Point do
    defstruct x: 0, y: 0
  end

  def main do
    u = %User{name: "ann"}
    IO.inspect(u)
    IO.inspect(%User{u | age: 30, roles: [:admin]})
    IO.inspect(User.new("bob", age: 5))
    IO.inspect(u.name)
    IO.inspect(Map.keys(u) |> Enum.sort())
    IO.inspect(%Point{})
    IO.inspect(struct(Point, x: 5, z: 9))
    IO.inspect(struct(%Point{x: 1}, %{y: 2}))
    IO.inspect(Map.from_struct(%Point{x: 3}))
    IO.inspect(match?(%Point{}, %Point{}))
    IO.inspect(match?(%Point{}, %{x: 0, y: 0}))
    %Point{x: px} = %Point{x: 42}
    IO.inspect(px)
    IO.inspect(Point.__struct__())
    IO.inspect(Point.__struct__(x: 9))
    IO.inspect(%Point{} == %Point{x: 0, y: 0})
    IO.inspect(is_map(%Point{}))
    IO.inspect(Map.put(%Point{}, :x, 10))
    IO.inspect(Map.merge(%Point{}, %{y: 7}))
    try do
      struct!(User, age: 1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      struct!(Point, z: 1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      %{Enum.random([%Point{}]) | z: 1}
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Code.eval_string("%StructBasics.User{age: 1}")
    rescue
      e -> IO.puts(Exception.message(e))
    end
    p = %Point{x: 1, y: 2}
    case p do
      %Point{x: 1} = whole -> IO.inspect({:matched, whole.y})
    end
    IO.inspect(Enum.sort_by([%Point{x: 3}, %Point{x: 1}, %Point{x: 2}], & &1.x))
    IO.inspect(%{p | x: p.x + 100})
    IO.inspect(get_in(%{user: u}, [:user, Access.key(:name)]))
    IO.inspect(put_in(u, [Access.key(:age)], 99).age)
    IO.inspect(update_in(%Point{x: 1}, [Access.key!(:x)], &(&1 * 5)))
  end
end
