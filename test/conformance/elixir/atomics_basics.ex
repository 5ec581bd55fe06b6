defmodule AtomicsBasics do
  def main do
    a = :atomics.new(4, signed: true)
    IO.inspect(:atomics.info(a), label: "info")
    IO.inspect(:atomics.get(a, 1), label: "initial")
    IO.inspect(:atomics.put(a, 1, 42), label: "put")
    IO.inspect(:atomics.add(a, 1, 8), label: "add")
    IO.inspect(:atomics.add_get(a, 1, -100), label: "add_get")
    IO.inspect(:atomics.sub(a, 2, 5), label: "sub")
    IO.inspect(:atomics.sub_get(a, 2, 5), label: "sub_get")
    IO.inspect(:atomics.exchange(a, 3, 7), label: "exchange")
    IO.inspect(:atomics.compare_exchange(a, 3, 7, 70), label: "cas success")
    IO.inspect(:atomics.compare_exchange(a, 3, 7, 700), label: "cas fail returns current")
    IO.inspect(for(i <- 1..4, do: :atomics.get(a, i)), label: "all")

    # signed overflow wraps
    max = 9_223_372_036_854_775_807
    :atomics.put(a, 4, max)
    IO.inspect(:atomics.add_get(a, 4, 1), label: "signed wrap")

    u = :atomics.new(2, signed: false)
    IO.inspect(:atomics.info(u), label: "unsigned info")
    IO.inspect(:atomics.sub_get(u, 1, 1), label: "unsigned wrap")
    r = try do
      :atomics.put(u, 2, -1)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "negative into unsigned")

    r = try do
      :atomics.get(a, 5)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "out of range")
    r = try do
      :atomics.new(0, [])
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "size 0")

    # shared between processes
    parent = self()
    for _ <- 1..10, do: spawn(fn -> for _ <- 1..100, do: :atomics.add(a, 2, 1); send(parent, :done) end)
    for _ <- 1..10, do: receive(do: (:done -> :ok))
    IO.inspect(:atomics.get(a, 2), label: "after concurrent adds")
  end
end
