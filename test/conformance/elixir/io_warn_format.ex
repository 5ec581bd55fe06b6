defmodule IoWarnFormat do
  def main do
    IO.puts("before")
    IO.warn("plain warning with empty stack", [])
    IO.warn(["iodata ", ?w, "arning"], [])
    IO.warn("custom stack", [{Foo, :bar, 2, [file: 'lib/foo.ex', line: 3]}])
    IO.warn("two frames", [{Foo, :bar, 2, [file: 'lib/foo.ex', line: 3]}, {:erl_mod, :fun, [1, 2], []}])
    IO.warn("multi\nline\nwarning", [])
    IO.warn("unicode ☃ warning", [])
    IO.inspect(IO.warn("ret", []), label: "warn returns")
    helper()
    IO.puts("after")
  end

  def helper do
    IO.warn("from helper with caller stack")
    :ok
  end
end
