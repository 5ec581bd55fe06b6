defmodule SysUnicodeNormalize do
  def main do
    inputs = ["é", "e\u0301", "Å", "A\u030A", "ﬁ", "①", "한", "\u1100\u1161\u11A8", "ṩ", "s\u0323\u0307", "Ω", "Ω"]
    for s <- inputs do
      forms = for f <- [:characters_to_nfc_binary, :characters_to_nfd_binary, :characters_to_nfkc_binary, :characters_to_nfkd_binary] do
        r = apply(:unicode, f, [s])
        inspect(String.to_charlist(r), charlists: :as_lists)
      end
      IO.puts("#{inspect(String.to_charlist(s), charlists: :as_lists)}: #{Enum.join(forms, " ")}")
    end
    IO.inspect(:unicode.characters_to_nfc_list(['e', 0x301, "x"]), label: "nfc list")
    IO.inspect(:unicode.characters_to_nfd_list("é"), label: "nfd list")
    IO.inspect(:unicode.characters_to_nfkc_list("ﬁ①"), label: "nfkc list")
    IO.inspect(:unicode.characters_to_nfkd_list(["Å"]), label: "nfkd list")
    IO.inspect(:unicode.characters_to_nfc_binary(<<"a", 0xFF>>), label: "nfc invalid")
    IO.inspect(String.normalize("e\u0301", :nfc) == "é", label: "String.normalize nfc")
    IO.inspect(String.normalize("ﬁ", :nfkd), label: "String.normalize nfkd")
    IO.inspect(String.equivalent?("e\u0301", "é"), label: "equivalent?")
    IO.inspect(String.length("e\u0301") == String.length("é"), label: "grapheme length same")
    IO.inspect(byte_size("e\u0301") - byte_size("é"), label: "byte size differs")
  end
end
