defmodule KernelTermOrder do
  def main do
    terms = [
      {:b, 1}, {:a, 2, 3}, {}, [], [1], [1, 2], [0 | 5], ~c"abc", "abc", "ab", <<1::3>>, <<0::1>>,
      :zed, :alpha, nil, true, false, 3, 2.5, -1, -1.0, 1.0, 1, Integer.pow(2, 80), -Integer.pow(2, 80), 1.0e30,
      %{}, %{a: 1}, %{b: 0}, %{1 => 1}, %{a: 1, b: 2}, make_ref() |> then(fn _ -> :ref_placeholder end),
      fn -> 1 end |> then(fn _ -> :fun_placeholder end)
    ]
    sorted = Enum.sort(terms)
    IO.inspect(sorted, limit: :infinity)
    IO.inspect(Enum.sort(terms, :desc) |> Enum.take(5))
    IO.inspect([1 < 1.0, 1 == 1.0, 1.0 < 1, 2 > 1.5, Integer.pow(2, 80) > 1.0e24, Integer.pow(2, 80) < 1.3e24])
    IO.inspect([{1, 2} < {1, 2, 0}, {2} < {1, 1}, [2] > [1, 5], "b" > "abc", <<1::3>> < <<1>>])
    IO.inspect([%{a: 2} < %{b: 1}, %{a: 1, b: 1} > %{c: 1}, %{1 => :a} < %{1.0 => :a}, %{a: 1} < %{a: 2}])
    IO.inspect(Enum.sort([3, 1.0, 2, 1, 2.0, 3.0]))
    IO.inspect(Enum.uniq([1, 1.0, 2, 2.0]))
    IO.inspect(Enum.dedup([1, 1.0, 1]))
    IO.inspect(Enum.max([1, 1.0]))
    IO.inspect(Enum.min([1.0, 1]))
    IO.inspect(Enum.sort_by(["bb", "a", "ccc", "dd"], &String.length/1))
    IO.inspect(Enum.sort_by(["bb", "a", "ccc", "dd"], &String.length/1, :desc))
    IO.inspect(Enum.sort([~D[2020-01-02], ~D[2019-05-06], ~D[2020-01-01]], Date))
    IO.inspect(List.keysort([{:b, 2}, {:a, 2}, {:c, 1}], 1))
    IO.inspect(:lists.usort([3, 1, 2, 1, 3.0]))
    IO.inspect(:lists.merge([1, 3, 5], [2, 4]))
    IO.inspect(:lists.ukeysort(1, [{2, :a}, {1, :b}, {2, :c}]))
    IO.inspect(Map.keys(%{1.0 => :f, 1 => :i, -1 => :n}))
  end
end
