defmodule FloatFunctions do
  def main do
    vals = [0.1, 0.2, 0.30000000000000004, 1.0, -1.5, 100.0, 1.0e15, 1.0e16, 123456789012345680.0, 1.0e-5, 0.0001,
            5.0e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 3.141592653589793, 2.718281828459045, 1/3, 2/3,
            9007199254740993.0, 0.1 * 3, 1.0e21, 1.0e22, 123.456, -0.0, 4.35, 0.000123456]
    for v <- vals do
      IO.puts("#{Float.to_string(v)} #{inspect(v)} #{Float.to_charlist(v)}")
    end
    IO.inspect(Float.round(3.14159, 2))
    IO.inspect(Float.round(2.5))
    IO.inspect(Float.round(-2.5))
    IO.inspect(Float.round(1.005, 2))
    IO.inspect(Float.round(12345.6789, -2 + 3))
    IO.inspect(Float.ceil(3.001, 1))
    IO.inspect(Float.ceil(-3.001, 1))
    IO.inspect(Float.floor(3.999, 2))
    IO.inspect(Float.floor(-3.999))
    IO.inspect(Float.ceil(5.0))
    IO.inspect(Float.parse("3.14abc"))
    IO.inspect(Float.parse("1e3"))
    IO.inspect(Float.parse("-.5"))
    IO.inspect(Float.parse("12"))
    IO.inspect(Float.parse("1.5e-3x"))
    IO.inspect(Float.parse("x"))
    IO.inspect(Float.ratio(0.75))
    IO.inspect(Float.ratio(3.14))
    IO.inspect(Float.ratio(-0.1))
    IO.inspect(Float.min_finite())
    IO.inspect(Float.max_finite())
    IO.inspect(Float.pow(2.0, 0.5))
    IO.inspect(String.to_float("2.5e2"))
    IO.inspect(:erlang.float_to_binary(1.23456, [{:decimals, 3}]))
    IO.inspect(:erlang.float_to_binary(1.0, [{:decimals, 3}, :compact]))
    IO.inspect(:erlang.float_to_binary(123.456, [{:scientific, 2}]))
    IO.inspect(:erlang.float_to_binary(0.1))
    IO.inspect(:erlang.float_to_binary(0.1, [:short]))
    IO.inspect(:erlang.float_to_list(1.5e300, [:short]))
    IO.inspect(:io_lib.format("~.2f ~10.4e ~g", [2.345, 12345.678, 0.5]) |> IO.iodata_to_binary())
    IO.inspect([1.0 == 1, 1.0 < 2, 0.1 + 0.2 == 0.3, -0.0 == 0.0, -0.0 === 0.0])
    IO.inspect([trunc(2.9), round(2.5), round(3.5), ceil(-0.5), floor(-0.5)])
    IO.inspect(10 / 4)
    try do
      IO.inspect(Enum.random([1.0e308]) * 10)
    rescue
      e -> IO.puts("overflow: " <> Exception.message(e))
    end
    try do
      :math.pow(10.0, 400)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect([:math.sqrt(2), :math.pi(), :math.exp(1), :math.log(10), :math.log2(8), :math.log10(1000)])
    IO.inspect([:math.sin(0.5), :math.cos(0.5), :math.atan2(1, 2), :math.floor(2.7), :math.ceil(2.1), :math.fmod(7.5, 2)])
  end
end
