defmodule SysUnicodeEncodings do
  def main do
    s = "aé☃😀"
    for enc <- [:utf8, :utf16, {:utf16, :little}, :utf32, {:utf32, :little}, :latin1] do
      r = :unicode.characters_to_binary(s, :utf8, enc)
      IO.puts("#{inspect(enc)}: #{inspect(r, binaries: :as_binaries)}")
    end
    u16 = :unicode.characters_to_binary(s, :utf8, :utf16)
    IO.inspect(:unicode.characters_to_binary(u16, :utf16, :utf8), label: "utf16 back")
    IO.inspect(:unicode.characters_to_list(u16, :utf16), label: "utf16 to list")
    u32le = :unicode.characters_to_binary(s, :unicode, {:utf32, :little})
    IO.inspect(:unicode.characters_to_binary(u32le, {:utf32, :little}), label: "utf32le back")
    IO.inspect(:unicode.characters_to_binary(<<0xE9, 0xFF>>, :latin1), label: "latin1 to utf8")
    IO.inspect(:unicode.characters_to_binary([?a, 0xE9], :latin1, :latin1), label: "latin1 list to latin1")
    IO.inspect(:unicode.characters_to_binary(<<0, ?a, 0xD8>>, :utf16, :utf8), label: "utf16 incomplete")
    IO.inspect(:unicode.characters_to_binary(<<0xDC, 0x00, 0, ?a>>, :utf16, :utf8), label: "utf16 lone low surrogate")
    IO.inspect(:unicode.characters_to_binary(<<0, 0, 0, ?a, 0, 0x11>>, :utf32, :utf8), label: "utf32 incomplete")
    IO.inspect(:unicode.characters_to_binary(<<0, 0x11, 0, 0>>, :utf32, :utf8), label: "utf32 out of range")
    IO.inspect(:unicode.characters_to_binary("a€", :utf8, :latin1), label: "not representable")
    IO.inspect(:unicode.characters_to_binary(["ab", <<0xC3>>], :utf8, :utf8), label: "utf8 incomplete")
    IO.inspect(:unicode.characters_to_binary(["ab", <<0xC3>>, "x"], :utf8, :utf8), label: "utf8 invalid mid")
    IO.inspect(:unicode.characters_to_list([<<"ab">>, ?c, [<<"dé">>]]), label: "mixed to list")
    IO.inspect(:unicode.characters_to_list(<<0xE9>>, :latin1), label: "latin1 to list")
    IO.inspect(:unicode.bom_to_encoding(<<0xEF, 0xBB, 0xBF, "x">>), label: "bom utf8")
    IO.inspect(:unicode.bom_to_encoding(<<0xFF, 0xFE, 0, 0>>), label: "bom utf32 le")
    IO.inspect(:unicode.bom_to_encoding(<<0xFE, 0xFF>>), label: "bom utf16 be")
    IO.inspect(:unicode.bom_to_encoding("plain"), label: "no bom")
    IO.inspect(:unicode.encoding_to_bom({:utf16, :little}), label: "encoding_to_bom")
    IO.inspect(:unicode.encoding_to_bom(:utf8), label: "encoding_to_bom utf8")
    r = try do
      :unicode.characters_to_binary(:not_chardata)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "badarg")
    IO.inspect(:unicode.characters_to_binary([]), label: "empty")
    IO.inspect(:unicode.characters_to_binary("", :utf8, :utf16), label: "empty utf16")
  end
end
