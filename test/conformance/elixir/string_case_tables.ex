defmodule StringCaseTables do
  # Case mapping over whole blocks; one checksum per 512-codepoint block so a
  # mismatch points at its block.
  def valid?(cp), do: cp < 0xD800 or (cp > 0xDFFF and cp <= 0x10FFFF)

  def block_sum(lo, f) do
    lo..(lo + 511)
    |> Enum.filter(&valid?/1)
    |> Enum.map(fn cp -> s = <<cp::utf8>>; {cp, f.(s)} end)
    |> Enum.reject(fn {cp, r} -> r == <<cp::utf8>> end)
  end

  def main do
    blocks = Enum.map(0..0x3000//512, & &1) ++ [0xA600, 0xA800, 0xAA00, 0xAB00, 0xFB00, 0xFF00, 0x10400, 0x10C00, 0x16E00, 0x1E900]
    for {name, f} <- [up: &String.upcase/1, down: &String.downcase/1, cap: &String.capitalize/1,
                      up_tr: &String.upcase(&1, :turkic), down_gr: &String.downcase(&1, :greek)] do
      sums = for b <- blocks do
        diffs = block_sum(b, f)
        {Integer.to_string(b, 16), length(diffs), :erlang.crc32(:erlang.term_to_binary(diffs))}
      end
      IO.puts("#{name}: #{inspect(sums, limit: :infinity)}")
    end
    IO.inspect(block_sum(0x1F00, &String.upcase/1) |> Enum.take(12))
    IO.inspect(block_sum(0x0, &String.upcase/1) |> Enum.filter(fn {_, r} -> String.length(r) > 1 or byte_size(r) > 2 end))
  end
end
