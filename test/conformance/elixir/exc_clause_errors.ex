defmodule ExcClauseErrors do
  defp id(x), do: x

  def only_ints(x) when is_integer(x), do: x
  def two(a, b) when is_atom(a) and is_list(b), do: {a, b}
  def two(a, :x), do: a

  def show(fun) do
    try do
      fun.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)} | #{Exception.message(e)}")
    end
  end

  def main do
    show(fn -> case id(3) do 1 -> :one; 2 -> :two end end)
    show(fn -> case id({:ok, [1, 2, 3]}) do {:error, _} -> 1 end end)
    show(fn -> cond do id(false) -> 1; id(nil) -> 2 end end)
    show(fn -> {:a, b} = id({:b, 1}); b end)
    show(fn -> [x] = id([1, 2]); x end)
    show(fn -> "abc" <> rest = id("xyz"); rest end)
    show(fn -> with {:ok, x} <- id({:error, 1}) do x else :nope -> 1 end end)
    show(fn -> only_ints(id("str")) end)
    show(fn -> two(id(1), id(2)) end)
    show(fn -> (fn 1 -> :a; 2 -> :b end).(id(3)) end)
    show(fn -> try do id(:v) else :w -> 1 end end)
    show(fn -> receive do :never -> 1 after 0 -> if id(nil), do: 1, else: raise(CaseClauseError, term: :manual) end end)
    show(fn -> raise MatchError, term: [1, 2] end)
    show(fn -> raise FunctionClauseError, module: Foo, function: :bar, arity: 2 end)
    show(fn -> raise FunctionClauseError end)
    show(fn -> raise WithClauseError, term: {:x, 1} end)
    show(fn -> raise CondClauseError end)
    show(fn -> raise TryClauseError, term: 1 end)
    show(fn -> raise BadArityError, function: fn a, b -> {a, b} end, args: [1] end)
    show(fn -> raise BadFunctionError, term: 42 end)
    show(fn -> raise BadStructError, struct: URI, term: %{a: 1} end)
    show(fn -> raise BadMapError, term: [1] end)
    show(fn -> raise BadBooleanError, term: 1, operator: :and end)
    show(fn -> raise KeyError, key: :k, term: %{a: 1} end)
    show(fn -> raise KeyError, key: :k end)
    show(fn -> raise KeyError, message: "custom key msg" end)
    show(fn -> raise UndefinedFunctionError, module: Foo, function: :bar, arity: 1 end)
    show(fn -> raise UndefinedFunctionError end)
    show(fn -> raise ArithmeticError end)
    show(fn -> raise SystemLimitError end)
    show(fn -> raise ErlangError, original: :weird end)
    show(fn -> raise File.Error, reason: :enoent, action: "read file", path: "/nope" end)
    show(fn -> raise Protocol.UndefinedError, protocol: Enumerable, value: 1 end)
    show(fn -> raise Protocol.UndefinedError, protocol: String.Chars, value: {1}, description: "extra words" end)
    show(fn -> raise UnicodeConversionError, encoded: "ab", rest: <<255>>, kind: :invalid end)
    show(fn -> raise Enum.EmptyError end)
    show(fn -> raise Enum.OutOfBoundsError end)
    show(fn -> raise RuntimeError end)
    show(fn -> raise Code.LoadError, file: "x.exs" end)
  end
end
