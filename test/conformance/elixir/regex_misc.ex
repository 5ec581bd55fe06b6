defmodule RegexMisc do
  def classify(s) do
    cond do
      s =~ ~r/^\d+$/ -> :int
      s =~ ~r/^\d+\.\d+$/ -> :float
      s =~ ~r/^[a-z_]\w*$/i -> :ident
      true -> :other
    end
  end

  def main do
    IO.inspect(Enum.map(["12", "1.5", "foo_1", "?!", ""], &classify/1))
    word = "a.c"
    r = ~r/^#{Regex.escape(word)}$/
    IO.inspect({Regex.match?(r, "a.c"), Regex.match?(r, "abc")})
    dyn = Regex.compile!("(\\d+)([a-z]?)")
    IO.inspect(Regex.scan(dyn, "1a 22 333z"))
    IO.inspect(Regex.run(~r/(a)|(b)/, "b"))
    IO.inspect(Regex.run(~r/(a)|(b)/, "b", return: :index))
    IO.inspect(Regex.named_captures(~r/(?<a>x)?(?<b>y)/, "y"))
    IO.inspect(Regex.run(~r/a{2,3}/, "aaaa"))
    IO.inspect(Regex.run(~r/a{2,3}?/, "aaaa"))
    IO.inspect(Regex.run(~r/(?>a+)b/, "aaab"))
    IO.inspect(Regex.run(~r/^(\((?:[^()]|(?1))*\))$/, "(a(b)c)"))
    IO.inspect(Regex.run(~r/(?|(a)|(b))c/, "bc"))
    IO.inspect(Regex.scan(~r/\G\d/, "12a3"))
    IO.inspect(Regex.run(~r/\Aab\z/, "ab"))
    IO.inspect(Regex.run(~r/ab$/, "ab\n"))
    IO.inspect(Regex.run(~r/[^\x00-\x7F]/, "abcé"))
    IO.inspect(Regex.run(~r/\x{263A}/u, "smile ☺"))
    IO.inspect(Regex.run(~r/\t\n/, "a\t\nb"))
    IO.inspect(Regex.run(~r/a(?#comment)b/, "ab"))
    IO.inspect(Regex.run(~r/(?i:A)b/, "aB"))
    IO.inspect(Regex.run(~r/(?i:A)b/, "ab"))
    IO.inspect(Regex.run(~r/(\d+)(?=px)/, "10em 20px"))
    IO.inspect(Regex.run(~r/(?<=\$)\d+/, "cost $45"))
    IO.inspect(Regex.scan(~r/a*?/, "aa"))
    IO.inspect(Regex.replace(~r/b/, "abc", "\\n"))
    IO.inspect(Regex.replace(~r/./, "abc", fn x -> x <> x end, global: true))
    IO.inspect(Regex.scan(~r/[aeiou]/, String.duplicate("education ", 50)) |> length())
    big = String.duplicate("ab", 5000) <> "c"
    IO.inspect(Regex.run(~r/(ab)+c/, big) |> Enum.map(&byte_size/1))
    IO.inspect(Regex.run(~r/^(a|b)*$/, String.duplicate("ab", 2000)) |> length())
    IO.inspect(:re.run("hello", "l+", [{:capture, :all, :list}]))
    IO.inspect(:re.run("hello", "(?<x>l)", [{:capture, [:x], :index}]))
    IO.inspect(:re.replace("a b c", " ", "_", [:global, {:return, :binary}]))
    IO.inspect(:re.split("a1b2c", "\\d", [{:return, :list}]))
    {:ok, mp} = :re.compile("^h", [:caseless, :multiline])
    IO.inspect(:re.run("x\nHi", mp, [{:capture, :first, :binary}]))
    IO.inspect(:re.run("abc", "b", [:global, {:capture, :all, :index}]))
    IO.inspect(:re.run("abc", "(", []) |> elem(0))
  rescue
    e -> IO.puts("error: " <> Exception.message(e))
  end
end
