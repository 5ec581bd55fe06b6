defmodule UncaughtRaise do
  def main do
    IO.puts("before")
    helper(3)
  end

  defp helper(n) when n > 0, do: [n | helper(n - 1)]
  defp helper(0), do: raise("uncaught boom at depth zero")
end
