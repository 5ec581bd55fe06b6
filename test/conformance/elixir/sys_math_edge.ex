defmodule SysMathEdge do
  def main do
    fs = [
      sin: &:math.sin/1, cos: &:math.cos/1, tan: &:math.tan/1, asin: &:math.asin/1, acos: &:math.acos/1,
      atan: &:math.atan/1, sinh: &:math.sinh/1, cosh: &:math.cosh/1, tanh: &:math.tanh/1,
      asinh: &:math.asinh/1, acosh: &:math.acosh/1, atanh: &:math.atanh/1, exp: &:math.exp/1,
      log: &:math.log/1, log2: &:math.log2/1, log10: &:math.log10/1, sqrt: &:math.sqrt/1,
      erf: &:math.erf/1, erfc: &:math.erfc/1, ceil: &:math.ceil/1, floor: &:math.floor/1
    ]
    for {name, f} <- fs do
      vals = for x <- [0, 0.5, 1, -1, 2.5, 100, -0.0] do
        try do
          inspect(f.(x))
        rescue
          e in ArithmeticError -> "AE:" <> Exception.message(e)
        end
      end
      IO.puts("#{name}: #{Enum.join(vals, " ")}")
    end
    for {a, b} <- [{2, 10}, {2, -1}, {0, 0}, {-8, 1 / 3}, {10, 308}, {2, 0.5}, {-2, 3}, {0, -1}] do
      r = try do
        inspect(:math.pow(a, b))
      rescue
        _ in ArithmeticError -> "AE"
      end
      IO.puts("pow(#{a}, #{b}) = #{r}")
    end
    for {a, b} <- [{1, 1}, {-1, -1}, {0, 0}, {0, -1}, {1, 0}, {-0.0, -1}] do
      IO.puts("atan2(#{a}, #{b}) = #{:math.atan2(a, b)}")
    end
    for {a, b} <- [{5.5, 2}, {-5.5, 2}, {5, -3}, {1, 0.3}] do
      IO.puts("fmod(#{a}, #{b}) = #{:math.fmod(a, b)}")
    end
    r = try do
      :math.fmod(1, 0)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "fmod by zero")
    IO.inspect(:math.pi() * 2, label: "two pi")
    r = try do
      :math.sqrt(:a)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "sqrt atom")
    IO.inspect(:math.sqrt(10 ** 40), label: "sqrt bignum")
    IO.inspect(:math.log(2 ** 1000), label: "log big int")
    r = try do
      :math.log(2 ** 1100)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "log int beyond float range")
    IO.inspect(:math.floor(5), label: "floor int")
    IO.inspect({Float.ceil(1.01, 1), Float.floor(-1.01, 1), Float.round(2.675, 2)}, label: "Float rounding")
  end
end
