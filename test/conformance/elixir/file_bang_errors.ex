defmodule FileBangErrors do
  def main do
    dir = Path.join(System.tmp_dir!(), "popcorn_file_bang_errors_" <> System.pid())
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    try do
      run(dir)
    after
      File.rm_rf!(dir)
    end
  end

  defp show(label, f, dir) do
    r = try do
      f.()
    rescue
      e in File.Error -> "File.Error: " <> String.replace(Exception.message(e), dir, "DIR")
      e -> "#{inspect(e.__struct__)}: " <> String.replace(Exception.message(e), dir, "DIR")
    end
    IO.puts("#{label}: #{inspect(r)}")
  end

  defp run(dir) do
    missing = Path.join(dir, "missing.txt")
    File.write!(Path.join(dir, "file.txt"), "data")
    File.mkdir!(Path.join(dir, "sub"))
    show("read!", fn -> File.read!(missing) end, dir)
    show("read! dir", fn -> File.read!(Path.join(dir, "sub")) end, dir)
    show("write! into missing dir", fn -> File.write!(Path.join(dir, "no/x"), "x") end, dir)
    show("stat!", fn -> File.stat!(missing) end, dir)
    show("ls!", fn -> File.ls!(missing) end, dir)
    show("ls! file", fn -> File.ls!(Path.join(dir, "file.txt")) end, dir)
    show("mkdir! existing", fn -> File.mkdir!(Path.join(dir, "sub")) end, dir)
    show("mkdir_p! over file", fn -> File.mkdir_p!(Path.join(dir, "file.txt/deeper")) end, dir)
    show("rm!", fn -> File.rm!(missing) end, dir)
    show("rmdir! non-empty", fn -> File.write!(Path.join(dir, "sub/f"), ""); File.rmdir!(Path.join(dir, "sub")) end, dir)
    show("cp!", fn -> File.cp!(missing, Path.join(dir, "dst")) end, dir)
    show("cp_r!", fn -> File.cp_r!(missing, Path.join(dir, "dst")) end, dir)
    show("rename!", fn -> File.rename!(missing, Path.join(dir, "dst")) end, dir)
    show("open!", fn -> File.open!(missing, [:read]) end, dir)
    show("cd!", fn -> File.cd!(missing) end, dir)
    show("touch! in missing dir", fn -> File.touch!(Path.join(dir, "no/t")) end, dir)
    show("ln_s!", fn -> File.ln_s!(Path.join(dir, "file.txt"), Path.join(dir, "file.txt")) end, dir)
    show("stream! read", fn -> File.stream!(missing) |> Enum.to_list() end, dir)
    show("open bad mode", fn -> File.open(Path.join(dir, "file.txt"), [:bogus_mode]) |> elem(0) end, dir)
    show("read!", fn -> File.read!(Path.join(dir, "file.txt")) end, dir)
    e = %File.Error{reason: :eacces, action: "open", path: "/x"}
    IO.puts(Exception.message(e))
    IO.puts(Exception.message(%File.Error{reason: :enoent, action: "read file", path: "p"}))
    IO.puts(Exception.message(%File.Error{reason: :custom_reason, action: "do", path: "p"}))
    IO.puts(Exception.message(%File.CopyError{reason: :enoent, action: "copy", source: "a", destination: "b"}))
    IO.puts(Exception.message(%File.RenameError{reason: :eexist, action: "rename", source: "a", destination: "b"}))
    IO.inspect(:file.format_error(:enoent), label: "format_error enoent")
    IO.inspect(:file.format_error(:eisdir), label: "format_error eisdir")
  end
end
