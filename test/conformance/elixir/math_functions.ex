defmodule MathFunctions do
  def main do
    IO.inspect(:math.pi())
    IO.inspect(:math.sqrt(2))
    IO.inspect(:math.pow(2, 0.5))
    IO.inspect(:math.exp(1))
    IO.inspect(:math.log(10))
    IO.inspect(:math.log2(1024))
    IO.inspect(:math.log10(0.001))
    IO.inspect(:math.sin(:math.pi() / 6))
    IO.inspect(:math.cos(0))
    IO.inspect(:math.tan(1))
    IO.inspect(:math.asin(1))
    IO.inspect(:math.acos(0.5))
    IO.inspect(:math.atan(1))
    IO.inspect(:math.atan2(-1, -1))
    IO.inspect(:math.sinh(1))
    IO.inspect(:math.cosh(1))
    IO.inspect(:math.tanh(0.5))
    IO.inspect(:math.asinh(1))
    IO.inspect(:math.acosh(2))
    IO.inspect(:math.atanh(0.5))
    IO.inspect(:math.erf(0.5))
    IO.inspect(:math.erfc(0.5))
    IO.inspect(:math.ceil(-1.5))
    IO.inspect(:math.floor(-1.5))
    IO.inspect(:math.fmod(10.5, 3))
    IO.inspect(:math.fmod(-7, 2))
    IO.inspect(:math.log(1.0e300) * 2)
    for f <- [fn -> :math.log(0) end, fn -> :math.sqrt(-1) end, fn -> :math.acos(2) end, fn -> :math.pow(10, 400) end,
              fn -> :math.exp(1000) end] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
    IO.inspect(Enum.map(0..8, &Float.round(:math.sin(&1 * :math.pi() / 4), 6)))
  end
end
