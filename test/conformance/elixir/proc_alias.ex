defmodule ProcAlias do
  def main do
    a = Process.alias()
    IO.inspect(is_reference(a), label: "alias is ref")
    parent = self()
    spawn(fn -> send(a, {:via_alias, 1}) end)
    receive do {:via_alias, n} -> IO.inspect(n, label: "received via alias") end

    IO.inspect(Process.unalias(a), label: "unalias")
    IO.inspect(Process.unalias(a), label: "unalias again")
    pid = spawn(fn -> send(a, :dropped); send(parent, :sent) end)
    receive do :sent -> :ok end
    _ = pid
    r = receive do :dropped -> :got after 20 -> :dropped_after_unalias end
    IO.inspect(r)

    # reply alias: deactivated after the first message
    b = Process.alias([:reply])
    spawn(fn -> send(b, :one); send(b, :two); send(parent, :done) end)
    receive do :done -> :ok end
    msgs = flush([])
    IO.inspect(msgs, label: "reply alias")

    # monitor with alias option: demonitor on DOWN
    child = spawn(fn -> receive do {:reply_to, to} -> send(to, :reply_ok) end end)
    mref = Process.monitor(child, alias: :reply_demonitor)
    send(child, {:reply_to, mref})
    receive do :reply_ok -> IO.puts("reply through monitor alias") end
    receive do {:DOWN, ^mref, _, _, r} -> IO.inspect(r, label: "monitor down") end

    # explicit_unalias
    c = :erlang.alias([:explicit_unalias])
    spawn(fn -> send(c, :e1); send(c, :e2); send(parent, :done2) end)
    receive do :done2 -> :ok end
    IO.inspect(flush([]), label: "explicit_unalias")
    IO.inspect(Process.unalias(c), label: "unalias explicit")
  end

  defp flush(acc) do
    receive do
      m -> flush([m | acc])
    after
      10 -> Enum.reverse(acc)
    end
  end
end
