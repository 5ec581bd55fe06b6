defmodule UncaughtUndefined do
  def present(x), do: x

  def main do
    mod = Enum.random([__MODULE__])
    IO.puts("calling undefined")
    mod.presnt(1)
  end
end
