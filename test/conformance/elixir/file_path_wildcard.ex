defmodule FilePathWildcard do
  def main do
    dir = Path.join(System.tmp_dir!(), "popcorn_file_path_wildcard_" <> System.pid())
    File.rm_rf!(dir)
    for f <- ["a.ex", "b.exs", "c.txt", ".dot.ex", "sub/d.ex", "sub/deep/e.ex", "sub/deep/f.txt", "other/g.ex", "x1", "x2", "x10"] do
      path = Path.join(dir, f)
      File.mkdir_p!(Path.dirname(path))
      File.write!(path, f)
    end
    w = fn pat, opts -> Path.wildcard(Path.join(dir, pat), opts) |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort() end
    IO.inspect(w.("*", []), label: "*")
    IO.inspect(w.("*", match_dot: true), label: "* match_dot")
    IO.inspect(w.("*.ex", []), label: "*.ex")
    IO.inspect(w.("*.{ex,exs}", []), label: "braces")
    IO.inspect(w.("**/*.ex", []), label: "**/*.ex")
    IO.inspect(w.("**/*.ex", match_dot: true), label: "**/*.ex match_dot")
    IO.inspect(w.("sub/**", []), label: "sub/**")
    IO.inspect(w.("x?", []), label: "x?")
    IO.inspect(w.("x[12]", []), label: "x[12]")
    IO.inspect(w.("x[0-9]*", []), label: "x[0-9]*")
    IO.inspect(w.("*/*.ex", []), label: "*/*.ex")
    IO.inspect(w.("nomatch*", []), label: "nomatch")
    IO.inspect(w.("sub/deep/e.ex", []), label: "literal")
    IO.inspect(w.("sub/deep/missing.ex", []), label: "literal missing")
    IO.inspect(:filelib.wildcard('*.ex', String.to_charlist(dir)) |> Enum.sort(), label: ":filelib.wildcard cwd")
    IO.inspect(:filelib.is_regular(String.to_charlist(Path.join(dir, "a.ex"))), label: ":filelib.is_regular")
    IO.inspect(:filelib.file_size(String.to_charlist(Path.join(dir, "c.txt"))), label: ":filelib.file_size")
    IO.inspect(:filelib.fold_files(String.to_charlist(dir), '\\.txt$', true, fn f, acc -> [Path.basename(List.to_string(f)) | acc] end, []) |> Enum.sort(), label: "fold_files")
    File.rm_rf!(dir)
  end
end
