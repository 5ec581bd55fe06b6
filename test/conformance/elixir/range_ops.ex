defmodule RangeOps do
  def main do
    IO.inspect(1..10)
    IO.inspect(1..10//2)
    IO.inspect(10..1//-1)
    IO.inspect(5..1)
    IO.inspect(Range.new(1, 5))
    IO.inspect(Range.new(1, 10, 3))
    IO.inspect(Range.size(1..10//3))
    IO.inspect(Range.size(1..0//1))
    IO.inspect(Range.size(10..1//-2))
    IO.inspect(Enum.to_list(1..10//3))
    IO.inspect(Enum.to_list(-5..5//5))
    IO.inspect(Enum.to_list(1..-1//1))
    IO.inspect(Range.disjoint?(1..5, 6..9))
    IO.inspect(Range.disjoint?(1..5, 5..9))
    IO.inspect(Range.disjoint?(1..10//2, 2..10//2))
    IO.inspect(Range.shift(1..3, 2))
    IO.inspect(Range.shift(1..10//3, -1))
    IO.inspect(3 in 1..5)
    IO.inspect(4 in 1..5//2)
    IO.inspect(1.0 in 1..5)
    r = 1..9//4
    IO.inspect({r.first, r.last, r.step})
    first..last//step = 3..15//4
    IO.inspect({first, last, step})
    IO.inspect(Enum.map(0..-2, & &1))
    IO.inspect(Enum.sum(1..0//-1))
    IO.inspect(Enum.reduce(1..10//9, [], &[&1 | &2]))
    IO.inspect(Enum.to_list(1..1))
    IO.inspect(inspect(1..3, structs: false))
    IO.inspect(Enum.slice([:a, :b, :c, :d, :e], 1..-1//1))
    IO.inspect(String.slice("hello world", 6..-1//1))
    try do
      Range.new(1, 5, 0)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
