defmodule KeywordValidate do
  def opts(kw) do
    Keyword.validate!(kw, [:name, size: 10, mode: :fast])
  end

  def main do
    IO.inspect(opts(name: "x"))
    IO.inspect(opts([]))
    IO.inspect(opts(size: 1, mode: :slow) |> Enum.sort())
    try do
      opts(bogus: 1, other: 2)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    IO.inspect(Keyword.validate([a: 1, a: 2], [:a]))
    IO.inspect(Keyword.get_lazy([a: 1], :b, fn -> :computed end))
    IO.inspect(Keyword.get_and_update([a: 1], :a, &{&1, &1 + 1}))
    IO.inspect(Keyword.get_and_update!([a: 1, b: 2], :b, fn _ -> :pop end))
    IO.inspect(Keyword.update!([a: 1, a: 5], :a, &(&1 * 2)))
    IO.inspect(Keyword.replace([a: 1, b: 2, a: 3], :a, 0))
    IO.inspect(Keyword.pop_values([a: 1, b: 2, a: 3], :a))
    IO.inspect(Keyword.pop_lazy([a: 1], :z, fn -> 0 end))
    IO.inspect(Keyword.reject([a: 1, b: 2], fn {k, _} -> k == :a end))
    IO.inspect(Keyword.map([a: 1, b: 2], fn {_, v} -> v * 3 end))
    IO.inspect(Keyword.from_keys([:x, :y], 0))
    IO.inspect(Keyword.new([b: 1, a: 2], fn {k, v} -> {k, v * v} end))
    IO.inspect(Keyword.put_new_lazy([], :k, fn -> 9 end))
    IO.inspect(Keyword.merge([a: 1, a: 2, b: 3], [a: 9]))
    for bad <- [fn -> Keyword.merge([a: 1], [{"s", 2}]) end, fn -> Keyword.fetch!([], :k) end,
                fn -> Keyword.update!([], :k, & &1) end, fn -> Keyword.new([1]) end] do
      try do
        IO.inspect(bad.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
