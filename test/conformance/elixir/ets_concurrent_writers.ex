defmodule EtsConcurrentWriters do
  def main do
    t = :ets.new(:ecw, [:set, :public, write_concurrency: true, read_concurrency: true])
    :ets.insert(t, {:counter, 0})
    parent = self()
    for w <- 1..8 do
      spawn(fn ->
        for i <- 1..100 do
          :ets.update_counter(t, :counter, 1)
          :ets.insert(t, {{w, i}, w * i})
        end
        send(parent, {:done, w})
      end)
    end
    for w <- 1..8, do: receive(do: ({:done, ^w} -> :ok))
    IO.inspect(:ets.lookup(t, :counter), label: "counter")
    IO.inspect(:ets.info(t, :size), label: "size")
    IO.inspect(:ets.select_count(t, [{{{:"$1", :_}, :_}, [{:==, :"$1", 3}], [true]}]), label: "rows of writer 3")
    sum = :ets.foldl(fn {{_, _}, v}, acc -> acc + v; _, acc -> acc end, 0, t)
    IO.inspect(sum, label: "sum of values")

    # insert_new race: exactly one winner
    for w <- 1..10, do: spawn(fn -> send(parent, {:race, w, :ets.insert_new(t, {:winner, w})}) end)
    results = for _ <- 1..10, do: receive(do: ({:race, w, r} -> {w, r}))
    IO.inspect(Enum.count(results, fn {_, r} -> r end), label: "insert_new winners")
    [{:winner, w}] = :ets.lookup(t, :winner)
    IO.inspect({w, true} in results, label: "winner recorded")

    # take is atomic: each item taken once
    for i <- 1..50, do: :ets.insert(t, {{:job, i}, i})
    for w <- 1..5 do
      spawn(fn ->
        got = for i <- 1..50, reduce: [] do
          acc -> case :ets.take(t, {:job, i}) do
            [{_, v}] -> [v | acc]
            [] -> acc
          end
        end
        send(parent, {:took, w, got})
      end)
    end
    all = for _ <- 1..5, reduce: [] do
      acc -> receive do {:took, _, got} -> got ++ acc end
    end
    IO.inspect({length(all), Enum.sort(all) == Enum.to_list(1..50)}, label: "each job taken once")
  end
end
