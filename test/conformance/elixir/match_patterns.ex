defmodule MatchPatterns do
  defp id(x), do: x

  def classify({:ok, value}) when is_binary(value), do: "ok string #{value}"
  def classify({:ok, value}) when is_number(value) and value > 100, do: "ok big"
  def classify({:ok, _}), do: "ok other"
  def classify([_, _ | _] = list), do: "list of #{length(list)}"
  def classify([single]), do: "single #{inspect(single)}"
  def classify(%{type: t} = m) when map_size(m) > 1, do: "typed map #{t}"
  def classify(%{}), do: "map"
  def classify(<<"GET ", path::binary>>), do: "get #{path}"
  def classify(x) when is_atom(x) and x not in [nil, true, false], do: "atom"
  def classify(_), do: "other"

  def main do
    Enum.each([{:ok, "s"}, {:ok, 500}, {:ok, 1}, [1, 2, 3], [:x], %{type: :a, b: 1}, %{type: :a}, "GET /index", :foo, nil, 3.5],
      &IO.puts(classify(&1)))

    {a, {b, [c | d]}} = {1, {2, [3, 4, 5]}}
    IO.inspect({a, b, c, d})
    x = 5
    ^x = id(5)
    IO.inspect(match?(^x, 6))
    IO.inspect(match?({_, _}, {1, 2}))
    IO.inspect(match?([_ | _], []))
    IO.inspect(match?(%{a: _}, %{a: nil}))
    [first | _] = ~w(alpha beta gamma)
    IO.puts(first)
    %{name: name, tags: [tag | _]} = %{name: "n", tags: ["t1", "t2"], extra: true}
    IO.inspect({name, tag})
    {:ok, %{"k" => v}} = {:ok, %{"k" => [1, 2]}}
    IO.inspect(v)
    <<h::utf8, rest::binary>> = "héllo"
    IO.inspect({h, rest})
    "pre" <> suffix = "prefix"
    IO.inspect(suffix)
    [a1, a1] = [7, 7]
    IO.inspect(a1)
    f = fn
      {:add, p, q} -> p + q
      {:neg, p} -> -p
      _ -> :unknown
    end
    IO.inspect(Enum.map([{:add, 1, 2}, {:neg, 3}, :zzz], f))
    result = case {1, 2, 3} do
      {1, y, _} when y > 5 -> :big
      {1, y, z} when y + z == 5 -> {:sum5, y, z}
      _ -> :none
    end
    IO.inspect(result)
    m = %{id(:k) => 1}
    key = :k
    %{^key => val} = m
    IO.inspect(val)
    list = [1, 2, 3]
    [_, second | _] = list
    IO.inspect(second)
    {_, _, third} = List.to_tuple(list)
    IO.inspect(third)
    IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
    charlist = ~c"abc"
    [?a | tail] = charlist
    IO.inspect(tail)
  end
end
