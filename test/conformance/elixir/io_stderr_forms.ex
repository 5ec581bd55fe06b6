defmodule IoStderrForms do
  def main do
    IO.puts("stdout 1")
    IO.puts(:stderr, "stderr puts")
    IO.write(:stderr, ["stderr ", ?w, "rite", "\n"])
    IO.puts(:standard_error, "standard_error atom")
    :io.format(:standard_error, "erl format ~p ~s~n", [{1, :a}, "txt"])
    :io.format(:standard_error, "~ts|~w~n", ["ünï", [1, 2]])
    :io.put_chars(:standard_error, ["put_chars ", "iodata", ?\n])
    :io.fwrite(:standard_error, "fwrite ~5.2f~n", [2.5])
    IO.inspect(:stderr, %{b: 2, a: [1, 2]}, label: "inspect stderr")
    r = IO.inspect(:stderr, {:ret}, [])
    IO.inspect(r, label: "returned")
    IO.puts(:stderr, 123)
    IO.puts(:stderr, :atom_out)
    IO.binwrite(:stderr, "binwrite stderr\n")
    IO.write(:stderr, "unicode ☃ 日本\n")
    IO.inspect(IO.puts(:stderr, "x"), label: "puts ret")
    IO.inspect(:io.format(:standard_error, "", []), label: "empty format ret")
    :io.nl(:standard_error)
    IO.puts("stdout 2")
    r = try do
      :io.format(:standard_error, "~p~n", [])
    rescue
      e -> {:error, e.__struct__}
    catch
      k, v -> {k, v}
    end
    IO.inspect(r, label: "bad format args")
    IO.puts("done")
  end
end
