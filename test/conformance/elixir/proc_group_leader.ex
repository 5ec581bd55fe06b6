defmodule ProcGroupLeader do
  def main do
    gl = Process.group_leader()
    IO.inspect(is_pid(gl), label: "group leader is pid")

    # a StringIO as group leader captures a process's output
    {:ok, dev} = StringIO.open("")
    parent = self()
    pid = spawn(fn ->
      receive do :go -> :ok end
      IO.puts("captured line")
      IO.write("captured write")
      IO.inspect(%{k: 1}, label: "captured inspect")
      send(parent, :printed)
    end)
    Process.group_leader(pid, dev)
    send(pid, :go)
    receive do :printed -> :ok end
    {_input, output} = StringIO.contents(dev)
    IO.inspect(output, label: "StringIO contents")

    # children inherit the group leader
    {:ok, dev2} = StringIO.open("")
    Process.group_leader(self(), dev2)
    ref = make_ref()
    spawn(fn -> IO.puts("from child"); send(parent, ref) end)
    receive do ^ref -> :ok end
    IO.puts("from main while captured")
    Process.group_leader(self(), gl)
    {_, out2} = StringIO.contents(dev2)
    IO.inspect(out2, label: "inherited")

    # reading from a StringIO group leader
    {:ok, input} = StringIO.open("first line\nsecond\n")
    Process.group_leader(self(), input)
    l1 = IO.gets("prompt> ")
    l2 = IO.read(:line)
    l3 = IO.read(:line)
    Process.group_leader(self(), gl)
    IO.inspect([l1, l2, l3], label: "gets/read")
    IO.inspect(StringIO.contents(input), label: "prompt went to output")

    # explicit device argument
    {:ok, d} = StringIO.open("")
    IO.puts(d, "to device")
    IO.write(d, ["io", ?l, "ist"])
    IO.inspect(StringIO.flush(d), label: "flush")
    IO.inspect(StringIO.contents(d), label: "after flush")
    IO.inspect(StringIO.close(d), label: "close")
  end
end
