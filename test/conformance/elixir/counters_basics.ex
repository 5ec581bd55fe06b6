defmodule CountersBasics do
  import Bitwise, only: [<<<: 2]

  def main do
    c = :counters.new(3, [])
    IO.inspect(:counters.info(c) |> Map.take([:size]), label: "info")
    IO.inspect(:counters.get(c, 1), label: "initial")
    IO.inspect(:counters.add(c, 1, 5), label: "add")
    IO.inspect(:counters.sub(c, 1, 2), label: "sub")
    IO.inspect(:counters.get(c, 1), label: "get")
    IO.inspect(:counters.put(c, 2, -7), label: "put")
    IO.inspect(for(i <- 1..3, do: :counters.get(c, i)), label: "all")

    w = :counters.new(2, [:write_concurrency])
    :counters.add(w, 2, 10)
    IO.inspect(:counters.get(w, 2), label: "write_concurrency")

    a = :counters.new(1, [:atomics])
    :counters.add(a, 1, 1 <<< 62)
    :counters.add(a, 1, 1 <<< 62)
    IO.inspect(:counters.get(a, 1), label: "wraps at 64 bits")

    r = try do
      :counters.add(c, 4, 1)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "index out of range")
    r = try do
      :counters.add(c, 1, 1.5)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "float incr")

    parent = self()
    for _ <- 1..8, do: spawn(fn -> for _ <- 1..50, do: :counters.add(c, 3, 2); send(parent, :done) end)
    for _ <- 1..8, do: receive(do: (:done -> :ok))
    IO.inspect(:counters.get(c, 3), label: "concurrent")
  end

end
