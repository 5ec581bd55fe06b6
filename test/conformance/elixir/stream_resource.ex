defmodule StreamResource do
  def main do
    r = Stream.resource(
      fn -> IO.puts("open"); 0 end,
      fn 5 -> {:halt, 5}; n -> {[n, n * 10], n + 1} end,
      fn acc -> IO.puts("close #{acc}") end)
    IO.inspect(Enum.to_list(r))
    IO.inspect(Enum.take(r, 3))
    t = Stream.transform(1..10, 0, fn x, acc ->
      if acc + x > 20, do: {:halt, acc}, else: {[{x, acc + x}], acc + x}
    end)
    IO.inspect(Enum.to_list(t))
    t2 = Stream.transform(1..4, fn -> IO.puts("start"); 0 end,
      fn x, acc -> {[x * 2], acc + x} end,
      fn acc -> IO.puts("after #{acc}") end)
    IO.inspect(Enum.to_list(t2))
    t3 = Stream.transform([1, 2, 3], fn -> 0 end,
      fn x, acc -> {[x], acc + x} end,
      fn acc -> {[:sum, acc], acc} end,
      fn acc -> IO.puts("done #{acc}") end)
    IO.inspect(Enum.to_list(t3))
    c = Stream.chunk_while(1..10, [], fn x, acc ->
      if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end,
      fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end)
    IO.inspect(Enum.to_list(c))
    # laziness + halting inside nested streams
    n = Stream.flat_map(1..3, fn x -> Stream.map(1..1_000_000, &(&1 * x)) end) |> Enum.take(4)
    IO.inspect(n)
    z = Stream.zip(Stream.iterate(0, &(&1 + 1)), Stream.resource(fn -> 100 end, fn x -> {[x], x - 1} end, fn _ -> IO.puts("zclose") end))
    IO.inspect(Enum.take(z, 3))
    IO.inspect(Stream.with_index(Stream.cycle(~w(a b))) |> Stream.take(5) |> Enum.to_list())
    IO.inspect(Enum.reduce_while(Stream.iterate(1, &(&1 + 1)), 0, fn x, acc -> if x > 10, do: {:halt, acc}, else: {:cont, acc + x} end))
    IO.inspect(Stream.take([1, 2, 3], 0) |> Enum.to_list())
    IO.inspect(Stream.each([1, 2], fn _ -> :ok end) |> Enum.count())
    s = Stream.map(1..3, & &1)
    IO.inspect(Enum.member?(s, 2))
    IO.inspect(Enum.slice(s, 1, 5))
    IO.inspect(Stream.uniq_by([{1, :a}, {2, :a}, {3, :b}], &elem(&1, 1)) |> Enum.to_list())
  end
end
