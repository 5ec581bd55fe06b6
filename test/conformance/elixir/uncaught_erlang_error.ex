defmodule UncaughtErlangError do
  def main do
    IO.puts("badarith next")
    Enum.map([1, 2, :x], fn v -> v * 2 end)
  end
end
