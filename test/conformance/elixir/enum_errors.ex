defmodule EnumErrors do
  def attempt(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end

  def main do
    attempt(fn -> Enum.fetch!([1, 2], 5) end)
    attempt(fn -> Enum.max([]) end)
    attempt(fn -> Enum.reduce([], &+/2) end)
    attempt(fn -> Enum.map(:notenum, & &1) end)
    attempt(fn -> Enum.chunk_every([1], 0) end)
    attempt(fn -> Enum.random([]) end)
    attempt(fn -> Enum.zip(1, 2) end)
    attempt(fn -> Enum.sum([1, :a]) end)
    attempt(fn -> Enum.at(1..3, 1) end)
    attempt(fn -> Enum.fetch!(%{a: 1}, 0) end)
    attempt(fn -> Enum.join([1, [2, 3], "x"]) end)
    attempt(fn -> Enum.join([%{}]) end)
    attempt(fn -> Enum.min_max([]) end)
  end
end
