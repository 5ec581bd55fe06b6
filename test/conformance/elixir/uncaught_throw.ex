defmodule UncaughtThrow do
  def main do
    IO.puts("about to throw")
    throw({:not_caught, [1, 2, 3], %{k: "v"}})
  end
end
