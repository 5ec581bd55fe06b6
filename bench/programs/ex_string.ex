# String processing: splitting, case mapping, Unicode-aware length and
# reversal, replacement and joining over a few thousand lines of text.
defmodule :ex_string do
  @lines 4000

  def run do
    text =
      Enum.map_join(1..@lines, "\n", fn i ->
        "line #{i}: the quick brown fox jumps över the lazy dög #{rem(i * 7919, 1000)}"
      end)

    text
    |> String.split("\n")
    |> Enum.map(fn line ->
      words = String.split(line, " ", trim: true)
      up = line |> String.upcase() |> String.replace("FOX", "cat")
      String.length(up) + length(words) + byte_size(String.reverse(line)) +
        if(String.contains?(line, "99"), do: 1, else: 0)
    end)
    |> Enum.sum()
  end
end
