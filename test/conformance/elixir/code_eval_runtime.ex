defmodule CodeEvalRuntime do
  def main do
    {value, binding} = Code.eval_string("a + b * 2", a: 1, b: 3)
    IO.inspect({value, binding})
    [{mod, bin}] = Code.compile_string("""
    defmodule CodeEvalRuntime.Dynamic do
      def hello(name), do: "hello " <> name
      def sum(list), do: Enum.reduce(list, 0, &+/2)
    end
    """)
    IO.inspect(mod)
    IO.inspect(is_binary(bin))
    IO.inspect(CodeEvalRuntime.Dynamic.hello("world"))
    IO.inspect(apply(mod, :sum, [[1, 2, 3]]))
    Code.eval_string("""
    defmodule CodeEvalRuntime.Dynamic do
      def hello(name), do: "redefined " <> name
    end
    """)
    IO.inspect(CodeEvalRuntime.Dynamic.hello("again"))
    IO.inspect(function_exported?(CodeEvalRuntime.Dynamic, :sum, 1))
    contents = quote do
      def answer, do: 42
      def double(x), do: x * 2
    end
    Module.create(CodeEvalRuntime.Created, contents, Macro.Env.location(__ENV__))
    IO.inspect({CodeEvalRuntime.Created.answer(), CodeEvalRuntime.Created.double(4)})
    IO.inspect(:code.is_loaded(CodeEvalRuntime.Created) |> elem(0))
    IO.inspect(:code.delete(CodeEvalRuntime.Created))
    IO.inspect(:code.is_loaded(CodeEvalRuntime.Created))
    try do
      Code.eval_string("1 +")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      Code.eval_string("raise ArgumentError, \"from eval\"")
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(Code.string_to_quoted("x |> f(1)"))
    IO.inspect(Code.string_to_quoted("1 + "))
    {fun, _} = Code.eval_string("fn x -> x * 3 end")
    IO.inspect(fun.(7))
    IO.inspect(Code.eval_quoted(quote(do: Enum.map([1, 2], fn x -> x + 1 end))))
  end
end
