defmodule IoStdinEof do
  def main do
    IO.inspect(IO.gets("prompt> "))
    IO.inspect(IO.read(:stdio, :line))
    IO.inspect(IO.read(:stdio, :eof))
    IO.inspect(IO.binread(:stdio, 10))
    IO.inspect(IO.stream(:stdio, :line) |> Enum.to_list())
    IO.inspect(:io.get_line(~c"erl prompt: "))
    IO.inspect(:io.get_chars(~c"", 3))
    IO.inspect(:io.read(~c"term> "))
    IO.inspect(:io.columns())
    IO.inspect(:io.rows())
    IO.inspect(:io.getopts() |> Keyword.take([:binary, :encoding]))
    IO.puts("end")
  end
end
