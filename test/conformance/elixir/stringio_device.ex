defmodule StringioDevice do
  def main do
    {:ok, dev} = StringIO.open("line one\nline two\nthird")
    IO.inspect(IO.read(dev, :line))
    IO.inspect(IO.read(dev, 4))
    IO.inspect(IO.read(dev, :line))
    IO.inspect(IO.read(dev, :eof))
    IO.inspect(IO.read(dev, :line))
    IO.write(dev, "out ")
    IO.puts(dev, "put")
    IO.inspect(dev, [1, 2], [])
    IO.binwrite(dev, "bin")
    IO.inspect(StringIO.contents(dev))
    IO.inspect(StringIO.flush(dev))
    IO.inspect(StringIO.contents(dev))
    IO.inspect(StringIO.close(dev))
    {:ok, d2} = StringIO.open("héllo wörld\n")
    IO.inspect(IO.getn(d2, "", 3))
    IO.inspect(IO.gets(d2, "prompt> "))
    IO.inspect(IO.gets(d2, ""))
    IO.inspect(StringIO.contents(d2))
    {:ok, d3} = StringIO.open("", capture_prompt: true)
    IO.gets(d3, "name? ")
    IO.inspect(StringIO.contents(d3))
    {:ok, d4} = StringIO.open("a,b\nc,d\n")
    IO.inspect(IO.stream(d4, :line) |> Enum.map(&String.split(String.trim(&1), ",")))
    {:ok, d5} = StringIO.open("abcdefgh")
    IO.inspect(IO.binstream(d5, 3) |> Enum.to_list())
    {:ok, d6} = StringIO.open("ignored")
    Enum.into(["x", "y", "z"], IO.stream(d6, :line))
    IO.inspect(StringIO.contents(d6))
    {:ok, d7} = StringIO.open("")
    :io.format(d7, "~p|~s|~5.2f~n", [{:a, 1}, "str", 3.14159])
    :io.put_chars(d7, [?x, "yz"])
    IO.inspect(StringIO.contents(d7))
    {:ok, d8} = StringIO.open("12 34 abc")
    IO.inspect(:io.fread(d8, '', '~d ~d'))
    IO.inspect(:io.get_line(d8, ''))
    out = StringioDevice.Capture.capture(fn -> IO.puts("captured!") end)
    IO.inspect(out)
    {:ok, d9} = StringIO.open(<<255, 254>>)
    IO.inspect(IO.binread(d9, :eof))
    {:ok, d10} = StringIO.open(<<255, 254>>)
    IO.inspect(IO.read(d10, :eof))
  end
end

defmodule StringioDevice.Capture do
  def capture(fun) do
    {:ok, dev} = StringIO.open("")
    old = Process.group_leader()
    Process.group_leader(self(), dev)
    try do
      fun.()
    after
      Process.group_leader(self(), old)
    end
    {:ok, {_, out}} = StringIO.close(dev)
    out
  end
end
