defmodule IoChardataUnicode do
  def main do
    {:ok, d} = StringIO.open("")
    IO.write(d, [0x263A, " smile ", ~c"chars", "bin"])
    IO.puts(d, ["日本", 0x8A9E])
    IO.inspect(StringIO.contents(d), label: "unicode chardata")

    IO.puts(["stdout ", 0x263A, ?\s, "ünï"])
    IO.write([0x1F600, ?\n])
    IO.puts(~c"charlist é")

    r = try do
      IO.puts([0x110000])
    rescue
      e -> "#{inspect(e.__struct__)}"
    catch
      k, v -> "#{k}: #{inspect(v)}"
    end
    IO.inspect(r, label: "puts bad codepoint")

    IO.inspect(IO.chardata_to_string(["a", 0xE9, "b"]), label: "latin1 codepoint")
    IO.inspect(:unicode.characters_to_binary(["a", 0xE9, "b"]) |> byte_size(), label: "bytes")
    IO.inspect(:unicode.characters_to_list("ünï"), label: "to_list")
    IO.inspect(String.to_charlist("日本"), label: "to_charlist")
    IO.inspect(List.to_string([?a, [?b, "c"], 0x1F600]), label: "List.to_string")
    IO.inspect(to_string([0x263A]), label: "to_string")
    IO.inspect(IO.iodata_to_binary(["é", [0xC3, 0xA9]]), label: "iodata bytes")

    {:ok, d} = StringIO.open("")
    r = try do
      IO.write(d, [0xD800])
      :wrote
    rescue
      e -> e.__struct__
    end
    IO.inspect(r, label: "surrogate write")
    IO.inspect(StringIO.contents(d), label: "after surrogate")
    IO.inspect(inspect([0x263A, 0x263B]), label: "inspect printable charlist")
    IO.inspect(inspect([0x263A, 0]), label: "inspect non-printable")
    IO.inspect(inspect(<<0xE9>>), label: "inspect latin1 byte")
    IO.inspect(inspect("é\u0301"), label: "inspect combining")
  end
end
