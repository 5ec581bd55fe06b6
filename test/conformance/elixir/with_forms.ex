defmodule WithForms do
  def fetch(m, k) do
    case Map.fetch(m, k) do
      {:ok, v} -> {:ok, v}
      :error -> {:error, {:missing, k}}
    end
  end

  def compute(m) do
    with {:ok, a} <- fetch(m, :a),
         {:ok, b} <- fetch(m, :b),
         true <- is_integer(a) and is_integer(b) || {:error, :not_ints},
         sum = a + b,
         {:ok, c} when c > 0 <- fetch(m, :c) do
      {:ok, sum * c}
    else
      {:error, {:missing, k}} -> "missing #{k}"
      {:error, reason} -> "error #{inspect(reason)}"
      {:ok, c} -> "bad c #{c}"
    end
  end

  def main do
    IO.inspect(compute(%{a: 1, b: 2, c: 3}))
    IO.inspect(compute(%{a: 1, c: 3}))
    IO.inspect(compute(%{a: 1, b: :x, c: 3}))
    IO.inspect(compute(%{a: 1, b: 2, c: -1}))
    IO.inspect(with {:ok, x} <- {:ok, 1}, do: x + 1)
    IO.inspect(with {:ok, x} <- {:error, 1}, do: x + 1)
    IO.inspect(with x when x > 1 <- 5, y = x * 2, do: {x, y})
    IO.inspect(with [h | _] <- [], do: h)
    IO.inspect(with {:ok, %{name: n}} <- {:ok, %{name: "joe"}}, <<first, _::binary>> <- n, do: first)
    r = with :ok <- :ok,
             :ok <- :ok do
      :all_ok
    end
    IO.inspect(r)
    try do
      with {:ok, x} <- {:bad, 1} do
        x
      else
        {:nope, _} -> :nope
      end
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
