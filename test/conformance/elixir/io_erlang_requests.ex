defmodule IoErlangRequests do
  def main do
    {:ok, d} = StringIO.open("hello world\n42 3.5 atom\nrest")
    IO.inspect(:io.get_chars(d, '', 5), label: "get_chars")
    IO.inspect(:io.get_line(d, ''), label: "get_line")
    IO.inspect(:io.fread(d, '', '~d ~f ~a'), label: "fread")
    IO.inspect(:io.get_line(d, ''), label: "after fread")
    IO.inspect(:io.get_line(d, ''), label: "get_line rest")
    IO.inspect(:io.get_line(d, ''), label: "get_line eof")

    {:ok, d} = StringIO.open("")
    IO.inspect(:io.getopts(d), label: "getopts")
    IO.inspect(:io.setopts(d, encoding: :latin1), label: "setopts latin1")
    IO.inspect(:io.getopts(d), label: "getopts after")
    IO.inspect(:io.setopts(d, bogus: true), label: "setopts bogus")

    {:ok, d} = StringIO.open("line\n")
    :io.setopts(d, binary: false)
    IO.inspect(:io.get_line(d, ''), label: "list mode line")

    {:ok, d} = StringIO.open("")
    :io.write(d, {:term, [1, 2], "s"})
    :io.nl(d)
    :io.format(d, "~-6s|~6.2f|~b~n", ["ab", 1.005, 5])
    :io.format(d, "~ts ~p~n", ["ünï", 'chars'])
    :io.put_chars(d, "☃\n")
    IO.inspect(StringIO.contents(d), label: "written")

    {:ok, d} = StringIO.open("{ok, [1,2]}. foo.")
    IO.inspect(:io.read(d, ''), label: "io read term")
    IO.inspect(:io.read(d, ''), label: "io read atom")
    IO.inspect(:io.read(d, ''), label: "io read eof")

    {:ok, d} = StringIO.open("abc")
    IO.inspect(:io.request(d, {:get_chars, :latin1, '', 2}), label: "raw request")
    IO.inspect(:io.request(d, :unknown_request), label: "unknown request")
    IO.inspect(:io.columns(d), label: "columns")

    {:ok, d} = StringIO.open("x y z")
    IO.inspect(:io.fread(d, '', '~s ~s'), label: "fread strings")
    IO.inspect(:io.fread(d, '', '~d'), label: "fread mismatch")
  end
end
