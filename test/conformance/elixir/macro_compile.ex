defmodule MacroCompile.Helpers do
  defmacro unless_zero(value, do: block) do
    quote do
      if unquote(value) != 0, do: unquote(block), else: :zero
    end
  end

  defmacro my_assert({op, _, [left, right]} = expr) do
    code = Macro.to_string(expr)
    quote do
      l = unquote(left)
      r = unquote(right)
      if Kernel.unquote(op)(l, r), do: {:ok, unquote(code)}, else: {:failed, unquote(code), l, r}
    end
  end

  defmacro times(n, do: body) do
    for i <- 1..n do
      quote do
        var!(i) = unquote(i)
        unquote(body)
      end
    end
    |> then(&{:__block__, [], &1})
  end

  defmacro defconst(name, value) do
    quote do
      def unquote(name)(), do: unquote(value)
    end
  end
end

defmodule MacroCompile do
  require MacroCompile.Helpers, as: Helpers
  import MacroCompile.Helpers

  defconst :answer, 42
  defconst :pi_ish, 3.14

  def main do
    IO.inspect(unless_zero(5, do: :nonzero))
    IO.inspect(unless_zero(0, do: :nonzero))
    IO.inspect(my_assert(1 + 1 == 2))
    IO.inspect(my_assert(2 * 3 > 7))
    times 3 do
      IO.puts("iteration #{var!(i)}")
    end
    IO.inspect({answer(), pi_ish()})
    ast = quote do: foo(1, bar(2), [x: 3])
    IO.inspect(ast)
    IO.puts(Macro.to_string(ast))
    IO.inspect(Macro.expand(quote(do: unless(a, do: b)), __ENV__) |> Macro.to_string())
    IO.inspect(quote(do: 1 + 2 * 3))
    IO.inspect(Code.eval_quoted(quote(do: 1 + 2 * 3)))
    IO.inspect(Macro.escape(%{a: {1, 2}}))
    IO.inspect(Macro.var(:x, nil))
    IO.inspect(Macro.camelize("some_name_here"))
    IO.inspect(Macro.underscore("SomeNameHere"))
    IO.inspect(Macro.prewalk(quote(do: a + b * c), fn
      {:*, m, args} -> {:-, m, args}
      other -> other
    end) |> Macro.to_string())
    {result, binding} = Code.eval_string("x = a * 2; x + 1", a: 10)
    IO.inspect({result, Enum.sort(binding)})
    IO.inspect(Code.string_to_quoted!("if x, do: 1"))
    IO.inspect(Code.format_string!("defmodule X do def y(  a ), do: a end") |> IO.iodata_to_binary())
    IO.inspect(__MODULE__.__info__(:macros))
    IO.inspect(Helpers.__info__(:macros) |> Enum.sort())
  end
end
