defmodule IntBitwiseBig do
  import Bitwise

  def main do
    vals = [0, 1, -1, 255, -256, Integer.pow(2, 63) - 1, -Integer.pow(2, 63), Integer.pow(2, 64) + 5, -Integer.pow(2, 100) + 3, Integer.pow(3, 50)]
    for a <- vals do
      row = for b <- [1, -1, 0xFF00FF, -Integer.pow(2, 70) - 1, Integer.pow(2, 65) + 7] do
        {band(a, b), bor(a, b), bxor(a, b)}
      end
      IO.inspect({a, bnot(a), a >>> 3, a <<< 3, a >>> 70, a <<< 70, row}, limit: :infinity)
    end
    IO.inspect(1 <<< 1000 >>> 998)
    IO.inspect(-1 >>> 10_000)
    IO.inspect(5 >>> -2)
    IO.inspect(5 <<< -1)
    IO.inspect(Integer.pow(2, 200) |> band(Integer.pow(2, 200) - 1))
    IO.inspect(bxor(Integer.pow(2, 128) - 1, Integer.pow(2, 64)))
    IO.inspect(Enum.map(-5..5, &(&1 >>> 1)))
    IO.inspect(Enum.map(-5..5, &rem(&1, 3)))
    IO.inspect(Enum.map(-5..5, &div(&1, 3)))
    IO.inspect(div(-Integer.pow(10, 25), 3))
    IO.inspect(rem(-Integer.pow(10, 25), 3))
    IO.inspect(div(Integer.pow(10, 25), -Integer.pow(10, 24) - 1))
    IO.inspect(Integer.mod(-Integer.pow(10, 25), 7))
    IO.inspect(Integer.floor_div(-Integer.pow(10, 25), 7))
    try do
      1 <<< Integer.pow(2, 64)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
