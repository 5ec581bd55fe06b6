defmodule ExcFormat do
  def main do
    IO.puts(Exception.format_banner(:error, %RuntimeError{message: "boom"}))
    IO.puts(Exception.format_banner(:error, :badarg))
    IO.puts(Exception.format_banner(:error, {:badmatch, 3}))
    IO.puts(Exception.format_banner(:throw, :ball))
    IO.puts(Exception.format_banner(:throw, {:a, "b", [1]}))
    IO.puts(Exception.format_banner(:exit, :normal))
    IO.puts(Exception.format_banner(:exit, :killed))
    IO.puts(Exception.format_banner(:exit, {:shutdown, 1}))
    IO.puts(Exception.format_banner(:exit, {:noproc, {GenServer, :call, [:x, :y, 5000]}}))
    IO.puts(Exception.format_banner(:exit, {:timeout, {GenServer, :call, [:x, :y, 5000]}}))
    IO.puts(Exception.format_banner({:EXIT, :c.pid(0, 0, 0)}, :reason))
    st = [
      {Foo, :bar, 2, [file: 'lib/foo.ex', line: 12]},
      {Foo.Baz, :qux, [1, :a], [file: 'lib/foo/baz.ex', line: 3]},
      {:lists, :map, 2, [file: 'lists.erl', line: 1243]},
      {Foo, :"-fun-0-", 1, []},
      {Foo, :"-main/0-fun-0-", 1, [file: 'lib/foo.ex', line: 99]},
      {:erlang, :+, [1, :a], [error_info: %{module: :erl_erts_errors}]}
    ]
    IO.puts(Exception.format_stacktrace(st))
    Enum.each(st, fn e -> IO.puts(Exception.format_stacktrace_entry(e)) end)
    IO.puts(Exception.format(:error, %ArgumentError{message: "x"}, st))
    IO.puts(Exception.format(:throw, 1, []))
    IO.puts(Exception.format(:exit, :oops, Enum.take(st, 1)))
    IO.puts(Exception.format_mfa(Foo, :bar, 3))
    IO.puts(Exception.format_mfa(Foo, :bar, [1, 2]))
    IO.puts(Exception.format_mfa(:erlang, :"weird name", 0))
    IO.puts(Exception.format_mfa(Foo, :"-main/0-fun-0-", 1))
    IO.puts(Exception.format_file_line("lib/a.ex", 10))
    IO.puts(Exception.format_file_line("lib/a.ex", nil))
    IO.puts(Exception.format_file_line(nil, 10))
    IO.puts(Exception.format_file_line("lib/a.ex", 10, " suffix"))
    IO.puts(Exception.format_file_line_column("lib/a.ex", 3, 4))
    {kind, e} = Exception.normalize(:error, :badarg, []) |> then(&{:error, &1})
    IO.inspect({kind, e})
    IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
    IO.inspect(Exception.normalize(:throw, :x, []))
    IO.inspect(Exception.normalize(:error, :undef, [{Nope, :f, [], []}]))
    IO.puts(Exception.message(Exception.normalize(:error, :undef, [{Nope, :f, [1, 2], []}])))
    IO.puts(Exception.message(Exception.normalize(:error, :function_clause, [{String, :nope, [], []}])))
  end
end
