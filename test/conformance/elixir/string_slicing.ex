defmodule StringSlicing do
  def main do
    s = "añ👍🏽é\u0301b🇫🇷c"
    IO.inspect(String.length(s))
    for r <- [0..2, 1..-1, -3..-1, 2..1//1, 5..10, 0..-1//2, -100..2, 3..3] do
      IO.puts("#{inspect(r)} -> #{inspect(String.slice(s, r))}")
    end
    for {st, len} <- [{0, 3}, {2, 2}, {-2, 5}, {7, 1}, {8, 1}, {9, 0}, {-9, 2}] do
      IO.puts("#{st},#{len} -> #{inspect(String.slice(s, st, len))}")
    end
    for i <- -9..9, do: IO.write("#{inspect(String.at(s, i))} ")
    IO.puts("")
    IO.inspect(String.split_at(s, 3))
    IO.inspect(String.split_at(s, -2))
    IO.inspect(String.split_at(s, 100))
    IO.inspect(String.pad_leading(s, 10, "-"))
    IO.inspect(String.pad_trailing("x", 4, "👍🏽"))
    IO.inspect(String.pad_leading("abc", 7, ["1", "2"]))
    IO.inspect(String.first(""))
    IO.inspect(String.last(""))
    IO.inspect(String.slice("", 0..1))
    IO.inspect(String.duplicate("é", 0))
    IO.inspect(binary_slice("héllo", 1..3))
    IO.inspect(binary_slice("héllo", 1, 2))
    IO.inspect(String.starts_with?(s, "añ"))
    IO.inspect(String.ends_with?(s, "🇫🇷c"))
    IO.inspect(String.contains?(s, "\u0301"))
    IO.inspect(String.replace(s, "é", "E"))
    IO.inspect(String.replace(s, "", "."))
    IO.inspect(String.split(s, ""))
    IO.inspect(String.split(s, "👍🏽"))
    IO.inspect(String.graphemes(s) |> Enum.map(&String.length/1))
    IO.inspect(String.codepoints(s) |> length())
    IO.inspect(String.to_charlist(s) |> length())
    IO.inspect(String.upcase(s))
    IO.inspect(String.reverse(s))
  end
end
