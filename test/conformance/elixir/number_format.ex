defmodule NumberFormat do
  require Integer

  def main do
    IO.puts(Integer.to_string(255))
    IO.puts(Integer.to_string(255, 16))
    IO.puts(Integer.to_string(-255, 2))
    IO.puts(Integer.to_string(123456789, 36))
    IO.inspect(Integer.digits(1234))
    IO.inspect(Integer.digits(255, 16))
    IO.inspect(Integer.undigits([1, 0, 1], 2))
    IO.inspect(Integer.pow(3, 40))
    IO.inspect(Integer.pow(2, 100))
    IO.inspect(Integer.gcd(84, -36))
    IO.inspect(Integer.mod(-7, 3))
    IO.inspect(Integer.floor_div(-7, 2))
    IO.inspect({div(-7, 2), rem(-7, 2)})
    IO.inspect(Integer.is_even(10))
    IO.inspect(Integer.extended_gcd(240, 46))
    IO.inspect(Integer.to_charlist(99, 8))
    floats()
  end

  def floats do
    for f <- [0.1, 1.0, -0.0, 1.0e20, 1.0e-7, 123456.789, 0.1 + 0.2, 1.0e16, 9.007199254740993e15, 5.0e-324,
              1.7976931348623157e308, 100.0, 1.0e15, 1.0e-5, 0.001, 2.5e-10] do
      IO.puts("#{f} | #{inspect(f)} | #{Float.to_string(f)} | #{:erlang.float_to_binary(f)} | " <>
        "#{:erlang.float_to_binary(f, [:short])} | #{:erlang.float_to_binary(f, [{:scientific, 4}])}")
      try do
        IO.puts(:erlang.float_to_binary(f, decimals: 3))
      rescue
        e -> IO.puts(Exception.message(e))
      end
    end
    IO.inspect(Float.round(2.675, 2))
    IO.inspect(Float.round(-1.5))
    IO.inspect(Float.round(1234.5678, -2) )
  rescue
    e -> IO.puts(Exception.message(e))
  after
    more()
  end

  def more do
    IO.inspect(Float.ceil(1.21, 1))
    IO.inspect(Float.floor(-1.21, 1))
    IO.inspect(Float.ceil(-0.5))
    IO.inspect(Float.ratio(0.75))
    IO.inspect(Float.ratio(0.1))
    IO.inspect(Float.to_charlist(1.5))
    IO.inspect(Float.pow(2.0, 0.5))
    IO.inspect(Float.max_finite())
    IO.inspect(Float.min_finite())
    IO.inspect(round(2.5))
    IO.inspect(trunc(-2.7))
    IO.inspect(ceil(2.1))
    IO.inspect(floor(-2.1))
    IO.inspect(10 / 4)
    IO.inspect(1 / 3)
    IO.inspect(2 ** 10)
    IO.inspect(2.0 ** -1)
    IO.inspect(abs(-3.5))
    IO.inspect(:erlang.float_to_list(1.0 / 3, [{:decimals, 10}, :compact]))
    IO.inspect(:io_lib.format('~.3f ~e ~g ~10.4f ~-8.2f|', [3.14159, 31415.9, 0.000123, 2.5, 1.0]) |> to_string())
    IO.inspect(:io_lib.format('~b ~.16b ~.2B ~8.16.0B ~.16x ~.16#', [42, 255, 5, 255, -255, '0x', 255]) |> to_string())
    IO.inspect(:io_lib.format('~w ~p ~10s| ~-10s| ~c~c', [1.0e10, 12345678901234567890, "abc", "de", ?x, ?y]) |> to_string())
    IO.puts("#{1_000_000} #{-0.5} #{1.0e100} #{2 ** 64}")
    IO.inspect(String.to_float("1.0e-10"))
    IO.inspect(Float.parse("1e5"))
    IO.inspect(Float.parse("-.5"))
    IO.inspect(Float.parse("1.5e500"))
    IO.inspect(123_456_789_012_345_678_901_234_567_890 * 98_765_432_109_876_543_210)
    IO.inspect(div(10 ** 30, 7))
    IO.inspect(-(10 ** 25) |> rem(13))
    IO.inspect(Bitwise.bsl(1, 70))
    IO.inspect(Bitwise.band(0xFF00FF, 0x0FF0F0))
    IO.inspect(Bitwise.bxor(-1, 5))
  end
end
