defmodule UncaughtExitException do
  def main do
    IO.puts("exit with exception tuple")
    exit({%ArgumentError{message: "wrapped in exit"}, [{Foo, :bar, 1, [file: ~c"lib/foo.ex", line: 7]}]})
  end
end
