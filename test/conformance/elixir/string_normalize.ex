defmodule StringNormalize do
  def show(s), do: IO.inspect({s, String.codepoints(s) |> Enum.map(&(:binary.first(&1) > 127 && Base.encode16(&1) || &1))})

  def main do
    for form <- [:nfc, :nfd, :nfkc, :nfkd] do
      IO.puts("== #{form}")
      show(String.normalize("é", form))
      show(String.normalize("e\u0301", form))
      show(String.normalize("ﬁ ² Å Ω ½", form))
      show(String.normalize("한국", form))
      show(String.normalize("ḱṷṓn", form))
      show(String.normalize("a\u0328\u0301", form))
      show(String.normalize("ｱｲｳ ㌀", form))
    end
    IO.inspect(:unicode.characters_to_nfc_binary("A\u030A"))
    IO.inspect(:unicode.characters_to_nfd_list("Å"))
    IO.inspect(:unicode.characters_to_nfkc_list('ﬃ'))
    IO.inspect(:unicode.characters_to_nfkd_binary("Ǆ"))
    IO.inspect(String.normalize("q\u0307\u0323", :nfc) |> String.codepoints() |> length())
  end
end
