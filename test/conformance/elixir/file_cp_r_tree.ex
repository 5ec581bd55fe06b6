defmodule FileCpRTree do
  def main do
    dir = Path.join(System.tmp_dir!(), "popcorn_file_cp_r_" <> System.pid())
    File.rm_rf!(dir)
    src = Path.join(dir, "src")
    for f <- ["a.txt", "sub/b.txt", "sub/deep/c.txt", "empty_dir/.keep"] do
      path = Path.join(src, f)
      File.mkdir_p!(Path.dirname(path))
      File.write!(path, "content of " <> f)
    end
    File.mkdir_p!(Path.join(src, "really_empty"))
    rel = fn paths -> paths |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort() end
    {:ok, copied} = File.cp_r(src, Path.join(dir, "dst"))
    IO.inspect(rel.(copied), label: "copied")
    IO.inspect(Path.wildcard(Path.join(dir, "dst/**/*"), match_dot: true) |> rel.(), label: "dst tree")
    IO.inspect(File.read!(Path.join(dir, "dst/sub/deep/c.txt")), label: "deep content")
    File.write!(Path.join(dir, "dst/a.txt"), "changed")
    {:ok, _} = File.cp_r(src, Path.join(dir, "dst"), on_conflict: fn _s, _d -> false end)
    IO.inspect(File.read!(Path.join(dir, "dst/a.txt")), label: "no overwrite")
    {:ok, _} = File.cp_r(src, Path.join(dir, "dst"))
    IO.inspect(File.read!(Path.join(dir, "dst/a.txt")), label: "overwritten")
    IO.inspect(File.cp_r(Path.join(src, "a.txt"), Path.join(dir, "single.txt")) |> elem(1) |> rel.(), label: "cp_r single file")
    r = File.cp_r(Path.join(dir, "missing"), Path.join(dir, "x"))
    IO.inspect(r |> Tuple.to_list() |> Enum.take(2), label: "cp_r missing")
    {:ok, removed} = File.rm_rf(Path.join(dir, "dst"))
    IO.inspect(length(removed), label: "removed count")
    File.rm_rf!(dir)
  end
end
