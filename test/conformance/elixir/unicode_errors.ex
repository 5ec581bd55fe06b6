defmodule UnicodeErrors do
  def main do
    IO.inspect(:unicode.characters_to_binary([104, 105, -1]))
    IO.inspect(:unicode.characters_to_binary(["ok", <<200, 201>>, "x"]))
    IO.inspect(:unicode.characters_to_binary(<<"ab", 0xE2, 0x82>>))
    IO.inspect(:unicode.characters_to_list(<<"ab", 0xE2, 0x82>>))
    IO.inspect(:unicode.characters_to_binary(<<"é">>, :latin1, :latin1))
    IO.inspect(:unicode.characters_to_binary([0xD800]))
    IO.inspect(:unicode.characters_to_binary(<<0xED, 0xA0, 0x80>>))
    IO.inspect(:unicode.characters_to_list(<<0, 0, 0, 65, 0, 0, 0x11, 0>>, :utf32))
    IO.inspect(:unicode.characters_to_list(<<0xD8, 0x3D, 0xDE, 0x00>>, :utf16))
    IO.inspect(:unicode.characters_to_list(<<0xD8, 0x3D>>, :utf16))
    IO.inspect(:unicode.characters_to_binary("snow ☃", :utf8, :latin1))
    IO.inspect(:unicode.characters_to_binary([256, 255], :unicode, :latin1))
    IO.inspect(String.valid?(<<0xF4, 0x90, 0x80, 0x80>>))
    IO.inspect(String.valid?(<<0xEF, 0xBF, 0xBF>>))
    IO.inspect(String.codepoints(<<"a", 0xFF, "b">>))
    IO.inspect(String.graphemes(<<"a", 0xFF, "b">>))
    IO.inspect(String.length(<<"a", 0xFF, "b">>))
    IO.inspect(String.upcase(<<"a", 0xFF, "b">>))
    IO.inspect(String.reverse(<<"a", 0xFF, "b">>))
    IO.inspect(String.split(<<"a", 0xFF, " b">>))
    IO.inspect(String.printable?(<<"a", 0x7F>>))
    IO.inspect(String.normalize(<<"e", 0xFF>>, :nfc))
    for bad <- [fn -> String.to_charlist(<<0xFF>>) end, fn -> List.to_string([0x110000]) end,
                fn -> <<0xD800::utf8>> end, fn -> :unicode.characters_to_list(:atom) end,
                fn -> String.normalize(:x, :nfc) end] do
      try do
        IO.inspect(bad.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
