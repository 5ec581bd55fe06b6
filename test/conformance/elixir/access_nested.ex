defmodule AccessNested do
  def main do
    data = %{users: [%{name: "a", tags: [:x]}, %{name: "b", tags: []}], meta: %{count: 2}, tuple: {1, 2, 3}}
    IO.inspect(get_in(data, [:meta, :count]))
    IO.inspect(get_in(data, [:users, Access.all(), :name]))
    IO.inspect(get_in(data, [:users, Access.at(1), :name]))
    IO.inspect(get_in(data, [:users, Access.filter(&(&1.tags != [])), :name]))
    IO.inspect(get_in(data, [:tuple, Access.elem(1)]))
    IO.inspect(get_in(data, [:missing, :deeper]))
    IO.inspect(put_in(data, [:meta, :count], 3).meta)
    IO.inspect(update_in(data, [:users, Access.all(), :name], &String.upcase/1).users)
    IO.inspect(pop_in(data, [:meta, :count]) |> elem(0))
    IO.inspect(get_and_update_in(data, [:meta, :count], &{&1, &1 * 10}) |> then(fn {old, new} -> {old, new.meta} end))
    IO.inspect(put_in(data.meta.count, 99).meta)
    IO.inspect(update_in(data.tuple, &Tuple.append(&1, 4)).tuple)
    kw = [a: [b: 1], c: 2]
    IO.inspect(get_in(kw, [:a, :b]))
    IO.inspect(put_in(kw, [:a, :b], 5))
    IO.inspect(Access.fetch(%{x: 1}, :x))
    IO.inspect(Access.get([k: 2], :k))
    IO.inspect(Access.get(%{}, :nope, :default))
    IO.inspect(data[:meta][:count])
    IO.inspect(kw[:c])
    IO.inspect(nil[:anything])
    IO.inspect(get_in(data, [:users, Access.at(5), :name]))
    IO.inspect(update_in([1, 2, 3], [Access.at(-1)], &(&1 * 100)))
    IO.inspect(get_in(%{a: %{b: %{c: 1}}}, [Access.key(:a), Access.key(:b), Access.key(:c)]))
    IO.inspect(get_in(%{}, [Access.key(:a, %{b: 7}), :b]))
    IO.inspect(put_in(%{}, [Access.key(:a, %{}), :b], 1))
    IO.inspect(Access.slice(1..2) |> is_function())
    IO.inspect(update_in([1, 2, 3, 4], [Access.slice(1..2)], &(&1 * 0)))
    try do
      put_in(data, [:users, :name], 1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Access.fetch(:atom, :x)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      get_in(data, [:users, Access.key!(:x)])
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
