defmodule UncaughtLargeTerm do
  def main do
    data = %{list: Enum.to_list(1..200), text: String.duplicate("long text ", 30), nested: %{a: %{b: %{c: [1, 2, 3]}}}}
    IO.puts("matching a large term")
    {:ok, _} = Enum.random([{:error, data}])
  end
end
