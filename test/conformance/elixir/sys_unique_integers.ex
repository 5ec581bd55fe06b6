defmodule SysUniqueIntegers do
  def main do
    pos = for _ <- 1..1000, do: System.unique_integer([:positive])
    IO.inspect(Enum.all?(pos, &(&1 > 0)), label: "all positive")
    IO.inspect(length(Enum.uniq(pos)), label: "distinct positive")
    mono = for _ <- 1..1000, do: System.unique_integer([:monotonic])
    IO.inspect(mono == Enum.sort(mono), label: "monotonic sorted")
    IO.inspect(length(Enum.uniq(mono)), label: "distinct monotonic")
    pm = for _ <- 1..100, do: System.unique_integer([:positive, :monotonic])
    IO.inspect(Enum.all?(pm, &(&1 > 0)) and pm == Enum.sort(pm), label: "positive monotonic")
    IO.inspect(is_integer(System.unique_integer()), label: "plain integer")
    parent = self()
    for _ <- 1..4, do: spawn(fn -> send(parent, {:ints, for(_ <- 1..100, do: System.unique_integer([:monotonic]))}) end)
    all = for _ <- 1..4, reduce: [] do
      acc -> receive do {:ints, l} -> acc ++ l end
    end
    IO.inspect(length(Enum.uniq(all)), label: "distinct across processes")
    r = try do
      System.unique_integer([:bogus])
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "bad modifier")
    IO.inspect(:erlang.unique_integer([:positive]) > 0, label: "erlang unique_integer")
    r1 = make_ref()
    r2 = make_ref()
    IO.inspect(r1 != r2 and is_reference(r1), label: "refs distinct")
    IO.inspect(inspect(r1) |> String.starts_with?("#Reference<"), label: "ref inspect prefix")
  end
end
