defmodule IoStringioGets do
  def main do
    {:ok, d} = StringIO.open("first line\nsecond\n\nlast no newline")
    IO.inspect(IO.gets(d, "ignored prompt"), label: "gets 1")
    IO.inspect(IO.gets(d, ""), label: "gets 2")
    IO.inspect(IO.gets(d, ""), label: "gets empty line")
    IO.inspect(IO.gets(d, ""), label: "gets last")
    IO.inspect(IO.gets(d, ""), label: "gets eof")
    IO.inspect(IO.gets(d, ""), label: "gets eof again")
    IO.inspect(StringIO.contents(d), label: "contents (prompt not captured)")

    {:ok, d} = StringIO.open("ab\ncd", capture_prompt: true)
    IO.gets(d, "p1> ")
    IO.gets(d, ["p", ?2, "> "])
    IO.gets(d, "p3> ")
    IO.inspect(StringIO.contents(d), label: "captured prompts")

    {:ok, d} = StringIO.open("üñï\ncødé\n")
    IO.inspect(IO.gets(d, ""), label: "unicode gets")
    IO.inspect(IO.read(d, 2), label: "read 2 chars")
    IO.inspect(IO.read(d, :line), label: "rest of line")
    IO.inspect(IO.read(d, :line), label: "read at eof")

    {:ok, d} = StringIO.open("üñ\nx")
    IO.inspect(IO.binread(d, 3), label: "binread 3 bytes")
    IO.inspect(IO.binread(d, :line), label: "binread line")
    IO.inspect(IO.binread(d, :eof), label: "binread eof")
    IO.inspect(IO.binread(d, :eof), label: "binread eof again")

    {:ok, d} = StringIO.open("\r\nwin\r\n")
    IO.inspect(IO.gets(d, ""), label: "crlf line")
    IO.inspect(IO.gets(d, ""), label: "crlf line 2")

    {:ok, d} = StringIO.open(<<"ok", 0xFF, "\n">>)
    IO.inspect(IO.gets(d, ""), label: "invalid utf8 gets")
    {:ok, d} = StringIO.open(<<"ok", 0xFF, "\n">>)
    IO.inspect(IO.binread(d, :line), label: "invalid utf8 binread")

    {:ok, d} = StringIO.open("abc")
    IO.inspect(IO.getn(d, "", 2), label: "getn 2")
    IO.inspect(IO.getn(d, "", 5), label: "getn past end")
    IO.inspect(IO.getn(d, "", 1), label: "getn at eof")
    IO.inspect(StringIO.close(d), label: "close")
  end
end
