defmodule IoBinwriteChardata do
  def main do
    {:ok, d} = StringIO.open("")
    IO.binwrite(d, "plain ")
    IO.binwrite(d, ["io", ?d, "ata "])
    IO.binwrite(d, <<1, 2, 255>>)
    IO.inspect(StringIO.contents(d), label: "binwrite bytes")

    {:ok, d} = StringIO.open("", encoding: :latin1)
    IO.binwrite(d, <<233, 224>>)
    IO.write(d, "é")
    IO.inspect(StringIO.contents(d), label: "latin1 device")

    IO.inspect(IO.chardata_to_string("already"), label: "string")
    IO.inspect(IO.chardata_to_string(~c"charlist"), label: "charlist")
    IO.inspect(IO.chardata_to_string([?a, "bc", [?d, [?é]], "☃"]), label: "nested")
    IO.inspect(IO.chardata_to_string([]), label: "empty")
    IO.inspect(IO.chardata_to_string([0x1F600, 0x10FFFF]), label: "high codepoints")
    for bad <- [[0x110000], [-1], [:atom], [<<0xFF>>]] do
      r = try do
        IO.chardata_to_string(bad)
      rescue
        e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
      end
      IO.puts(r)
    end

    IO.inspect(IO.iodata_length([]), label: "len empty")
    IO.inspect(IO.iodata_length(["abc", [1, [2, 3]], <<4, 5>>]), label: "len nested")
    IO.inspect(IO.iodata_length(["a" | "bc"]), label: "improper tail binary")
    IO.inspect(IO.iodata_length("ünï"), label: "len bytes")
    IO.inspect(IO.iodata_to_binary(["a" | "bc"]), label: "to_binary improper")
    IO.inspect(IO.iodata_to_binary([[], [[]], "x"]), label: "to_binary empties")
    for bad <- [[256], [:a], [-1], ["a" | 5]] do
      r = try do
        IO.iodata_length(bad)
      rescue
        e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
      end
      IO.puts(r)
    end
    r = try do
      IO.iodata_to_binary([1000])
    rescue
      e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
    end
    IO.puts(r)
  end
end
