defmodule UncaughtBadArity do
  def main do
    f = Enum.random([fn a, b -> a + b end])
    IO.puts("calling with wrong arity")
    f.(1)
  end
end
