defmodule BignumArith do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)

  def main do
    f50 = fact(50)
    IO.inspect(f50)
    IO.inspect(fact(100) |> Integer.to_string() |> String.length())
    IO.inspect(fib(300))
    IO.inspect(div(f50, fact(48)))
    IO.inspect(rem(f50 + 7, 1_000_000_007))
    IO.inspect(Integer.pow(3, 200) - Integer.pow(3, 199) * 3)
    IO.inspect(-Integer.pow(2, 64) + 1)
    IO.inspect(div(-Integer.pow(10, 30), 7))
    IO.inspect(rem(-Integer.pow(10, 30), 7))
    IO.inspect(Integer.pow(10, 30) |> Integer.to_string(16))
    IO.inspect(Integer.parse("123456789012345678901234567890"))
    IO.inspect(Integer.pow(2, 64) * 1.0)
    IO.inspect(Integer.pow(2, 1023) * 1.5)
    IO.inspect(trunc(1.0e30))
    IO.inspect(round(1.5e25))
    IO.inspect(Integer.pow(2, 64) == 18_446_744_073_709_551_616)
    IO.inspect(Integer.pow(2, 64) > 1.0e19)
    IO.inspect(Integer.pow(2, 64) < 1.9e19)
    IO.inspect(Enum.sort([Integer.pow(2, 70), 1.0e21, -Integer.pow(2, 70), 5]))
    IO.inspect(Integer.gcd(fact(30), Integer.pow(2, 40)))
    IO.inspect(:erlang.term_to_binary(Integer.pow(2, 100)))
    IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(-fact(25))))
    IO.inspect(abs(-fact(22)))
    IO.inspect(Integer.digits(Integer.pow(2, 80)) |> Enum.sum())
    IO.inspect(:erlang.phash2(Integer.pow(2, 90)))
    IO.inspect(Integer.pow(7, 77) |> rem(1000))
    IO.inspect(Bitwise.band(fact(30), 0xFFFF))
    IO.inspect(Bitwise.bsr(fact(30), 50))
    IO.inspect(:erlang.integer_to_binary(fact(20), 36))
    IO.inspect(Enum.reduce(1..200, 0, fn i, acc -> acc + Integer.pow(i, 10) end))
    IO.inspect(fact(20) / fact(18))
    IO.inspect(is_integer(fact(30)))
  end
end
