defmodule CharsToString do
  defmodule Temp do
    defstruct [:deg]
  end

  defimpl String.Chars, for: Temp do
    def to_string(%{deg: d}), do: "#{d}°C"
  end

  defmodule NoChars do
    defstruct [:a]
  end

  def main do
    IO.puts(to_string(42))
    IO.puts(to_string(-1.5))
    IO.puts(to_string(1.0e20))
    IO.puts(to_string(:atom))
    IO.puts(to_string(nil) <> "|")
    IO.puts(to_string(true))
    IO.puts(to_string(~c"charlist"))
    IO.puts(to_string([104, "ello", ~c" ", [119 | "orld"]]))
    IO.puts(to_string("bin"))
    IO.puts(to_string(%Temp{deg: 21}))
    IO.puts("interp #{1} #{:a} #{"s"} #{2.5} #{[?x, ?y]} #{%Temp{deg: -3}} #{nil}|")
    IO.puts(to_string(Version.parse!("1.2.3-rc.1")))
    IO.puts(to_string(URI.parse("http://example.com:8080/p?q=1")))
    IO.puts(to_string(~D[2020-01-02]))
    IO.puts(Kernel.to_string(12345678901234567890))
    IO.puts(String.Chars.to_string(:"quoted atom"))
    IO.puts(to_charlist("abc") |> inspect())
    IO.puts(to_charlist(123) |> inspect())
    IO.puts(to_charlist(:ab) |> inspect())
    for bad <- [{1, 2}, %{a: 1}, %NoChars{a: 1}, self() |> is_pid() |> then(fn _ -> [1, {2}] end)] do
      try do
        IO.puts(to_string(bad))
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
    IO.puts(Atom.to_string(Some.Mod))
    IO.puts(Enum.join([1, :two, "three", 4.0], "-"))
    IO.puts(Enum.map_join([1, 2], ", ", &"<#{&1}>"))
    IO.puts(List.to_string([0x1F600, "x"]))
  end
end
