defmodule IoStreamStringio do
  def main do
    {:ok, d} = StringIO.open("one\ntwo\nthree\nfour\n")
    IO.inspect(IO.stream(d, :line) |> Stream.map(&String.trim_trailing/1) |> Enum.take(2), label: "take 2")
    IO.inspect(IO.stream(d, :line) |> Enum.to_list(), label: "rest")
    IO.inspect(IO.stream(d, :line) |> Enum.to_list(), label: "exhausted")

    {:ok, d} = StringIO.open("abcdéfghij")
    IO.inspect(IO.stream(d, 3) |> Enum.to_list(), label: "chunks of 3 chars")

    {:ok, d} = StringIO.open("abcdéfghij")
    IO.inspect(IO.binstream(d, 4) |> Enum.to_list(), label: "binstream 4 bytes")

    {:ok, d} = StringIO.open("x\ny\nz")
    IO.inspect(IO.binstream(d, :line) |> Enum.map(&byte_size/1), label: "binstream lines")

    {:ok, d} = StringIO.open("1\n2\n3\n4\n5\n")
    sum = IO.stream(d, :line) |> Stream.map(&String.trim/1) |> Stream.map(&String.to_integer/1) |> Enum.sum()
    IO.inspect(sum, label: "sum")

    {:ok, d} = StringIO.open("")
    r = Enum.into(["a", "b", ["c", ?d]], IO.stream(d, :line))
    IO.inspect(is_struct(r, IO.Stream), label: "into returns stream")
    IO.inspect(StringIO.contents(d), label: "collected")

    {:ok, d} = StringIO.open("")
    Stream.map(1..3, &"#{&1}\n") |> Stream.into(IO.binstream(d, :line)) |> Stream.run()
    IO.inspect(StringIO.contents(d), label: "stream into binstream")

    {:ok, d} = StringIO.open("w1 w2\nw3\n")
    words = IO.stream(d, :line) |> Stream.flat_map(&String.split/1) |> Enum.with_index()
    IO.inspect(words, label: "words")

    {:ok, d} = StringIO.open("a\nb\nc\n")
    s = IO.stream(d, :line)
    IO.inspect(s.device == d and s.line_or_bytes == :line and s.raw == false, label: "stream struct")
    IO.inspect(Enum.zip(s, 1..10), label: "zip")

    {:ok, d} = StringIO.open("")
    IO.inspect(Enum.to_list(IO.stream(d, :line)), label: "empty device")
    IO.inspect(Enum.count(IO.stream(elem(StringIO.open("l1\nl2\nl3"), 1), :line)), label: "count")
  end
end
