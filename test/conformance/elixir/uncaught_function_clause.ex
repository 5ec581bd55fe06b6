defmodule UncaughtFunctionClause do
  def pick(:a, x) when is_integer(x) and x > 0, do: x
  def pick(:b, [h | _]), do: h
  def pick(%{key: v}, _), do: v

  def main do
    IO.puts(pick(:a, 1))
    pick(:c, "nope")
  end
end
