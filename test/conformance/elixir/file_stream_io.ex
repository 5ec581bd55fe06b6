defmodule FileStreamIo do
  def main do
    dir = Path.join(System.tmp_dir!(), "popcorn_conf_fsio_#{:os.getpid()}_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    try do
      run(dir)
    after
      File.rm_rf!(dir)
    end
    IO.inspect(File.exists?(dir))
  end

  def run(dir) do
    src = Path.join(dir, "src.txt")
    File.write!(src, Enum.map_join(1..20, "\n", &"line #{&1} #{String.duplicate("é", rem(&1, 4))}") <> "\n")
    IO.inspect(File.stream!(src) |> Enum.count())
    IO.inspect(File.stream!(src) |> Stream.map(&String.trim/1) |> Stream.filter(&String.ends_with?(&1, "é")) |> Enum.take(3))
    IO.inspect(File.stream!(src, [], 16) |> Enum.take(2))
    dst = Path.join(dir, "dst.txt")
    File.stream!(src) |> Stream.map(&String.upcase/1) |> Stream.into(File.stream!(dst)) |> Stream.run()
    IO.inspect(File.read!(dst) |> String.split("\n") |> Enum.take(2))
    IO.inspect(File.stat!(dst).size == File.stat!(src).size + 0 or :different_size)
    {:ok, f} = File.open(Path.join(dir, "bin.dat"), [:write, :binary])
    IO.binwrite(f, <<1, 2, 3>>)
    :ok = :file.write(f, [<<4>>, 5])
    File.close(f)
    IO.inspect(File.read!(Path.join(dir, "bin.dat")))
    {:ok, f2} = :file.open(Path.join(dir, "bin.dat"), [:read, :binary])
    IO.inspect(:file.pread(f2, 2, 2))
    IO.inspect(:file.position(f2, {:eof, -1}))
    IO.inspect(:file.read(f2, 10))
    IO.inspect(:file.read(f2, 10))
    :file.close(f2)
    IO.inspect(File.open(Path.join(dir, "x.txt"), [:write], fn io -> IO.write(io, "fn result"); :returned end))
    IO.inspect(File.read!(Path.join(dir, "x.txt")))
    IO.inspect(File.write(Path.join(dir, "no/such/dir/file"), "x"))
    IO.inspect(File.ls(Path.join(dir, "missing")))
    File.mkdir_p!(dir <> "_copy")
    IO.inspect(File.cp_r(dir, Path.join(dir <> "_copy", "inner")) |> elem(0))
    IO.inspect(File.ls!(Path.join(dir <> "_copy", "inner")) |> Enum.sort())
    File.rm_rf!(dir <> "_copy")
    File.mkdir_p!(Path.join(dir, "a/b"))
    File.touch!(Path.join(dir, "a/b/c.txt"))
    IO.inspect(Path.wildcard(Path.join(dir, "**")) |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort())
    IO.inspect(Path.wildcard(Path.join(dir, "*.txt")) |> Enum.map(&Path.basename/1) |> Enum.sort())
    IO.inspect(File.dir?(Path.join(dir, "a")))
    IO.inspect(File.rm(Path.join(dir, "a")))
    IO.inspect(File.rmdir(Path.join(dir, "a")))
    File.cd!(dir, fn -> IO.inspect(File.exists?("src.txt")) end)
    IO.inspect(File.read!(src) |> byte_size())
  end
end
