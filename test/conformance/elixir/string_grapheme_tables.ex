defmodule StringGraphemeTables do
  # Grapheme cluster breaking: pair every base with every mark/joiner sample.
  def main do
    bases = ["a", "é", "\r", "\n", "ᄀ", "가", "각", "ᅡ", "ᆨ", "🇦", "👍", "\u200D", "\u0600", "क", "ก", "\u0E33", " "]
    marks = ["\u0301", "\u200D", "\u200C", "🏽", "🇧", "\uFE0F", "\u0903", "ᅡ", "ᆨ", "\r", "\n", "\u094D", "👍", "\u0E33", "a"]
    for b <- bases do
      row = for m <- marks, do: length(String.graphemes(b <> m))
      IO.puts("#{inspect(b)}: #{Enum.join(row)}")
    end
    samples = ["🏳️‍🌈", "👩🏽‍💻", "🇯🇵🇺🇸🇫", "e\u0301\u0302\u0303", "क्षि", "ᄀᄀ각ᆨ", "\r\n\r", "a\u200Db", "🧑‍🤝‍🧑", "\u0915\u094D\u0937"]
    for s <- samples do
      IO.inspect({String.length(s), Enum.map(String.graphemes(s), &byte_size/1)})
    end
    IO.inspect(String.graphemes("Ä̈\u0308x") |> Enum.map(&String.codepoints/1))
    IO.inspect(String.split("a b\u00A0c\u2003d\u3000e"))
    IO.inspect(String.split("a\u0085b\u2028c\u000Bd"))
    IO.inspect(String.trim("\u2029\u0009 x \u205F"))
    IO.inspect(String.slice("👍🏽a🇫🇷b", 1, 2))
    IO.inspect(String.pad_leading("🇫🇷", 3, "·"))
    IO.inspect(String.reverse("ab🇫🇷c\u0301"))
  end
end
