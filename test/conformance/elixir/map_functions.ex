defmodule MapFunctions do
  def main do
    m = %{a: 1, b: 2, c: 3}
    IO.inspect(Map.get(m, :a))
    IO.inspect(Map.get(m, :z, :default))
    IO.inspect(Map.get_lazy(m, :z, fn -> :lazy end))
    IO.inspect(Map.fetch(m, :b))
    IO.inspect(Map.fetch(m, :z))
    IO.inspect(Map.put(m, :d, 4))
    IO.inspect(Map.put_new(m, :a, 100))
    IO.inspect(Map.put_new_lazy(m, :e, fn -> 5 end))
    IO.inspect(Map.delete(m, :b))
    IO.inspect(Map.drop(m, [:a, :c, :zz]))
    IO.inspect(Map.take(m, [:a, :c, :zz]))
    IO.inspect(Map.keys(m))
    IO.inspect(Map.values(m))
    IO.inspect(Map.to_list(m))
    IO.inspect(Map.merge(m, %{c: 30, d: 40}))
    IO.inspect(Map.merge(m, %{c: 30, d: 40}, fn _k, v1, v2 -> v1 + v2 end))
    IO.inspect(Map.update(m, :a, 0, &(&1 + 10)))
    IO.inspect(Map.update(m, :q, 0, &(&1 + 10)))
    IO.inspect(Map.update!(m, :c, &(&1 * 100)))
    IO.inspect(Map.replace(m, :a, :new))
    IO.inspect(Map.replace(m, :zz, :new))
    IO.inspect(Map.pop(m, :a))
    IO.inspect(Map.pop(m, :zz, :none))
    IO.inspect(Map.pop_lazy(m, :zz, fn -> :lz end))
    IO.inspect(Map.get_and_update(m, :a, fn v -> {v, v * 2} end))
    IO.inspect(Map.get_and_update(m, :a, fn _ -> :pop end))
    IO.inspect(Map.has_key?(m, :c))
    IO.inspect(Map.split(m, [:a, :b]))
    IO.inspect(Map.filter(m, fn {_, v} -> v > 1 end))
    IO.inspect(Map.reject(m, fn {_, v} -> v > 1 end))
    IO.inspect(Map.map(m, fn {_, v} -> v * v end))
    IO.inspect(Map.new([{1, :one}, {2, :two}]))
    IO.inspect(Map.new([1, 2], &{&1, &1 * &1}))
    IO.inspect(Map.from_struct(%URI{host: "h"}) |> Map.take([:host, :port]))
    IO.inspect(Map.equal?(%{a: 1}, %{a: 1.0}))
    IO.inspect(%{1 => :int, 1.0 => :float})
    IO.inspect(map_size(Map.new(1..40, &{&1, &1})))
    big = Map.new(1..50, &{&1, &1 * 2})
    IO.inspect(big |> Map.to_list() |> Enum.sort() |> Enum.take(3))
    IO.inspect(%{m | a: :updated})
    %{a: a, b: b} = m
    IO.inspect({a, b})
    IO.inspect(%{"str" => 1, :atom => 2, 3 => 3, {1} => 4, [1] => 5})
    try do
      Map.fetch!(m, :nope)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Map.update!(m, :nope, & &1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      %{m | nope: 1}
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
