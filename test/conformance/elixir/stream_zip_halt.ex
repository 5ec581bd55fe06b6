defmodule StreamZipHalt do
  def res(name, items) do
    Stream.resource(fn -> IO.puts("open #{name}"); items end,
      fn [] -> {:halt, []}; [h | t] -> {[h], t} end,
      fn _ -> IO.puts("close #{name}") end)
  end

  def main do
    IO.inspect(Stream.zip(res(:a, [1, 2, 3]), res(:b, [:x, :y])) |> Enum.to_list())
    IO.inspect(Stream.zip([res(:c, [1]), res(:d, [2, 3])]) |> Enum.to_list())
    IO.inspect(Stream.concat(res(:e, [1, 2]), res(:f, [3, 4])) |> Enum.take(3))
    IO.inspect(Stream.flat_map(res(:g, [1, 2]), fn x -> res({:inner, x}, [x, x]) end) |> Enum.take(3))
    IO.inspect(Stream.take(res(:h, [1, 2, 3]), 1) |> Enum.to_list())
    IO.inspect(Stream.transform(res(:i, [1, 2, 3]), 0, fn x, acc -> if x > 1, do: {:halt, acc}, else: {[x], acc} end) |> Enum.to_list())
    IO.inspect(Enum.zip(res(:j, [1, 2]), Stream.iterate(0, &(&1 + 1))))
    IO.inspect(Enum.find(res(:k, [1, 2, 3]), &(&1 == 2)))
    IO.inspect(Stream.chunk_every(res(:l, [1, 2, 3, 4, 5]), 2) |> Enum.take(2))
    try do
      res(:m, [1, 2]) |> Stream.map(fn 2 -> raise "boom"; x -> x end) |> Enum.to_list()
    rescue
      e -> IO.puts("rescued: " <> Exception.message(e))
    end
    try do
      res(:n, [1, 2]) |> Enum.each(fn 2 -> throw(:thrown); _ -> :ok end)
    catch
      :thrown -> IO.puts("caught throw")
    end
    IO.inspect(Stream.zip_with([res(:o, [1, 2]), [10, 20, 30]], &Enum.sum/1) |> Enum.to_list())
    IO.inspect(Stream.with_index(res(:p, [:a, :b])) |> Stream.map(fn {v, i} -> {i, v} end) |> Enum.into(%{}))
    IO.inspect(Stream.dedup_by(res(:q, [1, 1, 2, 3, 3]), & &1) |> Enum.to_list())
    s = Stream.cycle([1, 2]) |> Stream.map(&(&1 * 2)) |> Stream.filter(&(&1 > 2))
    IO.inspect(Enum.take(s, 3))
    IO.inspect(Stream.unfold(1, fn n when n > 100 -> nil; n -> {n, n * 3} end) |> Enum.to_list())
    IO.inspect(Stream.iterate("a", &(&1 <> "b")) |> Enum.at(3))
    IO.inspect(Stream.repeatedly(fn -> 1 end) |> Stream.scan(&+/2) |> Enum.at(99))
  end
end
