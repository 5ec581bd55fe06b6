defmodule ExcBlame do
  def check(%{kind: :a} = m, n) when is_integer(n) and n > 0, do: {m, n}
  def check([_ | _], :list), do: :list
  def check(x, y) when is_binary(x) or is_atom(y), do: :other

  def report(fun) do
    try do
      fun.()
    rescue
      e ->
        {blamed, _st} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("== " <> inspect(blamed.__struct__))
        IO.puts(Exception.format_banner(:error, blamed))
    end
  end

  def main do
    report(fn -> check(%{kind: :b}, -1) end)
    report(fn -> check(1, 2) end)
    report(fn -> Map.fetch!(%{name: 1, age: 2}, :nmae) end)
    report(fn -> Keyword.fetch!([verbose: true], :verbos) end)
    report(fn -> Enum.random([%{count: 1}]).cont end)
    report(fn -> apply(String, :upcse, ["x"]) end)
    report(fn -> apply(Strin, :upcase, ["x"]) end)
    report(fn -> apply(ExcBlame, :chek, [1, 2]) end)
    report(fn -> apply(ExcBlame, :check, [1]) end)
    report(fn -> apply(:lists, :revers, [[1]]) end)
    report(fn -> apply(Enum, :map, [[1], :not_fun]) end)
    report(fn -> String.to_integer(Enum.random(["abc"])) end)
    report(fn -> :erlang.atom_to_binary(Enum.random([1])) end)
    report(fn -> :erlang.element(5, Enum.random([{1}])) end)
    report(fn -> :erlang.setelement(0, {1}, 2) end)
    report(fn -> :erlang.list_to_atom(Enum.random([[1.5]])) end)
    report(fn -> :binary.part("abc", 2, 5) end)
    report(fn -> :lists.seq(1, Enum.random([:x])) end)
    report(fn -> :maps.get(:k, Enum.random([%{}])) end)
    report(fn -> :ets.lookup(:no_such_table_here, 1) end)
    report(fn -> :erlang.binary_to_term(Enum.random([<<1, 2>>])) end)
    report(fn -> :erlang.make_tuple(-1, :a) end)
    report(fn -> :erlang.send(:no_such_registered_name, :msg) end)
    report(fn -> :unicode.characters_to_binary(Enum.random([[-1]])) end)
  end
end
