defmodule StringNormalizeTables do
  def valid?(cp), do: cp < 0xD800 or (cp > 0xDFFF and cp <= 0x10FFFF)

  def main do
    ranges = [0x00A0..0x017F, 0x0340..0x03FF, 0x1E00..0x1EFF, 0x1F00..0x1FFF, 0x2000..0x20FF,
              0x3040..0x30FF, 0xAC00..0xAC20, 0xF900..0xF97F, 0xFB00..0xFB4F, 0xFF00..0xFF6F, 0x1D400..0x1D47F]
    for r <- ranges, form <- [:nfc, :nfd, :nfkc, :nfkd] do
      changed = for cp <- r, valid?(cp), s = <<cp::utf8>>, n = String.normalize(s, form), n != s, do: {cp, n}
      IO.puts("#{inspect(r)} #{form} #{length(changed)} #{:erlang.crc32(:erlang.term_to_binary(changed))}")
    end
    # composition of decomposed sequences, including canonical reordering
    seqs = ["a\u0323\u0302", "a\u0302\u0323", "o\u031B\u0301", "\u1100\u1161\u11A8", "e\u0327\u0306", "A\u030A\u0301",
            "\u03B9\u0308\u0301", "\u0915\u093C", "u\u0308\u0304", "s\u0323\u0307"]
    for s <- seqs do
      IO.inspect({String.normalize(s, :nfc) |> String.codepoints() |> Enum.map(&Base.encode16/1),
                  String.normalize(s, :nfd) |> String.to_charlist()})
    end
  end
end
