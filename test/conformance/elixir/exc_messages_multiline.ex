defmodule ExcMessagesMultiline do
  defmodule MultiError do
    defexception [:lines]
    @impl true
    def message(%{lines: l}), do: Enum.join(l, "\n")
  end

  def main do
    e = %MultiError{lines: ["first line", "  second indented", "", "fourth"]}
    st = [{Mod, :fun, 2, [file: ~c"lib/mod.ex", line: 10]}]
    IO.puts(Exception.format(:error, e, st))
    IO.puts(Exception.format(:error, e, []))
    IO.puts(Exception.format_banner(:error, e, st))
    IO.puts(Exception.format(:error, %ArgumentError{message: "one\ntwo"}, st))
    IO.puts(Exception.format(:exit, {e, st}, st))
    IO.puts(Exception.format(:exit, {:shutdown, {:nested, [1, 2]}}, []))
    IO.puts(Exception.format(:throw, %{map: "thrown"}, st))
    IO.puts(Exception.format(:error, {:weird, :tuple}, st))
    IO.puts(Exception.format(:error, :function_clause, [{Mod, :f, [1, "two"], [file: ~c"m.ex", line: 3]}]))
    IO.puts(Exception.format(:error, :undef, [{Mod, :missing, [1], []}]))
    IO.puts(Exception.format(:error, {:badarity, {fn -> 1 end, [1, 2]}}, []) |> String.replace(~r/#Function<[^>]+>/, "#Function<...>"))
    long = %RuntimeError{message: String.duplicate("x", 200)}
    IO.puts(Exception.format_banner(:error, long))
    IO.puts(Exception.format(:error, %RuntimeError{message: ""}, []))
    IO.inspect(Exception.message(%MultiError{lines: []}))
  end
end
