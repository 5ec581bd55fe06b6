defmodule IoInspectDevice do
  def main do
    {:ok, d} = StringIO.open("")
    r = IO.inspect(d, [1, 2, 3], label: "list")
    IO.inspect(r, label: "returns value")
    IO.inspect(d, %{z: 1, a: %{nested: true}}, pretty: true, width: 10)
    IO.inspect(d, "bin\n", binaries: :as_binaries)
    IO.inspect(d, 'abc', charlists: :as_lists)
    IO.inspect(d, Enum.to_list(1..30), limit: 5)
    IO.inspect(d, {:a, "b", 1.5}, syntax_colors: [atom: :red])
    IO.inspect(d, 255, base: :hex, label: "hex")
    IO.inspect(d, nil, label: ["io", "data label"])
    IO.inspect(d, :x, [])
    IO.write(StringIO.contents(d) |> elem(1))
    IO.inspect([1, 2], label: "stdout label")
    IO.inspect("x", label: :atom_label)
    IO.inspect(%{list: Enum.to_list(1..40)}, width: 30)
    IO.inspect(1..5, label: "range")
    IO.inspect(IO.inspect(:ok, label: nil) == :ok, label: "nil label")
  end
end
