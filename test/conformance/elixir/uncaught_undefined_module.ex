defmodule UncaughtUndefinedModule do
  def main do
    IO.puts("calling missing module")
    mod = Enum.random([Some.Missing.Module])
    mod.run(1, 2)
  end
end
