defmodule IoAnsiEnabled do
  def main do
    IO.inspect(IO.ANSI.enabled?())
    Application.put_env(:elixir, :ansi_enabled, true)
    IO.inspect(IO.ANSI.enabled?())
    IO.inspect(IO.ANSI.format([:green, "on"]) |> IO.iodata_to_binary())
    IO.inspect(IO.ANSI.format_fragment([:green, "frag"]) |> IO.iodata_to_binary())
    IO.puts(inspect(%{a: [1, "s", :x, nil, 1.5]}, syntax_colors: IO.ANSI.syntax_colors()))
    IO.inspect([1, :two, "three"], syntax_colors: [number: :red, atom: :blue, string: :green, reset: :yellow])
    IO.puts(IO.ANSI.format([:blue_background, :white, "bg", :reset, :inverse, "inv", :no_underline, :blink_slow, "x"]))
    Application.put_env(:elixir, :ansi_enabled, false)
    IO.inspect(IO.ANSI.format([:green, "off"]) |> IO.iodata_to_binary())
    IO.inspect(IO.ANSI.syntax_colors() |> Keyword.keys() |> Enum.sort())
    for c <- [:black, :red, :green, :yellow, :blue, :magenta, :cyan, :white] do
      IO.write(inspect(apply(IO.ANSI, c, [])) <> " ")
      IO.write(inspect(apply(IO.ANSI, :"light_#{c}", [])) <> " ")
      IO.write(inspect(apply(IO.ANSI, :"#{c}_background", [])) <> " ")
    end
    IO.puts("")
    IO.inspect([IO.ANSI.cursor_down(2), IO.ANSI.cursor_left(), IO.ANSI.cursor_right(3), IO.ANSI.clear_line(), IO.ANSI.framed(), IO.ANSI.encircled()])
    IO.inspect(IO.ANSI.Docs.default_options() |> Keyword.keys() |> Enum.sort())
    IO.ANSI.Docs.print_headings(["Heading"], enabled: false, width: 40)
    IO.ANSI.Docs.print("Some *docs* with `code` and a list:\n\n  * one\n  * two\n", "text/markdown", enabled: false, width: 40)
  end
end
