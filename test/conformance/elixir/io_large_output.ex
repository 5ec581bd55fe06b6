defmodule IoLargeOutput do
  def main do
    big = Enum.map_join(1..8_000, "\n", &"row #{&1}: #{&1 * &1}")
    IO.puts(big)
    IO.binwrite(String.duplicate("ab", 50_000) <> "\n")
    Enum.each(1..2000, fn i -> IO.write([Integer.to_string(i), ?\s]) end)
    IO.puts("")
    IO.inspect(Enum.to_list(1..2000), limit: :infinity)
    IO.puts("done")
  end
end
