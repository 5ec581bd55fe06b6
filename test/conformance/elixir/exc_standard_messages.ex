defmodule ExcStandardMessages do
  def show(fun) do
    try do
      fun.()
      IO.puts("no error")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end

  defp id(x), do: x

  def main do
    show(fn -> raise "plain runtime" end)
    show(fn -> raise ArgumentError end)
    show(fn -> raise ArgumentError, "custom arg" end)
    show(fn -> :erlang.binary_to_atom(id(1), :utf8) end)
    show(fn -> 1 / id(0) end)
    show(fn -> id(1) + id(:a) end)
    show(fn -> div(id(1), id(0)) end)
    show(fn -> rem(id(7), id(0)) end)
    show(fn -> elem(id({1, 2}), 5) end)
    show(fn -> hd(id([])) end)
    show(fn -> tl(id([])) end)
    show(fn -> String.to_integer(id("12x")) end)
    show(fn -> String.to_existing_atom(id("surely_not_an_existing_atom_xyz")) end)
    show(fn -> Map.fetch!(id(%{a: 1}), :b) end)
    show(fn -> Keyword.fetch!(id([a: 1]), :zz) end)
    show(fn -> id(%{a: 1}).b end)
    show(fn -> Map.get(id(:notamap), :a) end)
    show(fn -> %{id(:x) | a: 1} end)
    show(fn -> %{id(%{b: 2}) | a: 1} end)
    show(fn -> :lists.nth(id(0), []) end)
    show(fn -> apply(id(fn x -> x end), [1, 2]) end)
    show(fn -> id(:not_a_fun).(1) end)
    show(fn -> Enum.fetch!(id([1, 2]), 10) end)
    show(fn -> List.to_integer(id(~c"abc")) end)
    show(fn -> Integer.parse(id(:x)) end)
    show(fn -> :erlang.error(:some_reason) end)
    show(fn -> :erlang.error({:tuple_reason, 1}) end)
    show(fn -> :erlang.error(:badarg) end)
    show(fn -> :erlang.error(:system_limit) end)
    show(fn -> :erlang.error({:badkey, :k}) end)
    show(fn -> :erlang.error({:badmap, 3}) end)
    show(fn -> :erlang.error({:badarity, {fn -> 1 end, [1]}}) end)
    show(fn -> :erlang.error(:undef) end)
    show(fn -> :erlang.error(:function_clause) end)
    show(fn -> :erlang.error(:if_clause) end)
    show(fn -> :erlang.error({:try_clause, 5}) end)
    show(fn -> :erlang.error(:cond_clause) end)
    show(fn -> :erlang.error(:timeout_value) end)
    show(fn -> :erlang.error(:noproc) end)
    show(fn -> :erlang.error(:notalive) end)
    show(fn -> :erlang.error({:badbool, :and, 3}) end)
    show(fn -> String.duplicate(id("a"), id(-1)) end)
    show(fn -> Integer.to_string(id(10), id(99)) end)
    show(fn -> <<_::binary-size(3)>> = id(<<1, 2>>) end)
  end
end
