defmodule MacroHygieneEnv.Tools do
  defmacro caller_info do
    mod = __CALLER__.module
    {fun, arity} = __CALLER__.function
    line = __CALLER__.line
    quote do: {unquote(mod), unquote(fun), unquote(arity), unquote(line)}
  end

  defmacro hygienic do
    quote do
      x = :macro_x
      x
    end
  end

  defmacro unhygienic do
    quote do
      var!(y) = :macro_y
    end
  end

  defmacro build_list(items) do
    quote do: [:start, unquote_splicing(items), :end]
  end

  defmacro double_eval(expr) do
    quote bind_quoted: [v: expr] do
      {v, v}
    end
  end

  defmacro __using__(opts) do
    name = Keyword.fetch!(opts, :name)
    quote do
      def tool_name, do: unquote(name)
      import MacroHygieneEnv.Tools
    end
  end
end

defmodule MacroHygieneEnv do
  use MacroHygieneEnv.Tools, name: "tooling"

  def main do
    IO.inspect(caller_info())
    x = :outer_x
    IO.inspect(hygienic())
    IO.inspect(x)
    unhygienic()
    IO.inspect(y)
    IO.inspect(build_list([1, 2, 3]))
    IO.inspect(double_eval(send(self(), :once)))
    IO.inspect(Process.info(self(), :message_queue_len))
    IO.inspect(tool_name())
    q = quote do: MacroHygieneEnv.Tools.build_list([:a])
    IO.inspect(Macro.expand_once(q, __ENV__) |> Macro.to_string())
    IO.inspect(Macro.expand(quote(do: caller_info()), __ENV__) |> elem(0))
    IO.inspect(Macro.to_string(quote(do: fn a, b -> a + b end)))
    IO.inspect(Macro.decompose_call(quote(do: foo.bar(1, 2))))
    IO.inspect(Macro.validate({:ok, [1, 2]}))
    IO.inspect(Macro.postwalk(quote(do: 1 + 2 + 3), 0, fn
      n, acc when is_integer(n) -> {n, acc + n}
      other, acc -> {other, acc}
    end) |> elem(1))
    IO.inspect(__ENV__.aliases |> is_list())
    IO.inspect(Macro.Env.in_match?(__ENV__))
    IO.inspect(Macro.unique_var(:v, __MODULE__) |> elem(0))
  end
end
