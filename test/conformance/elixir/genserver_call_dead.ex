defmodule GenserverCallDead do
  defmodule Srv do
    use GenServer
    def init(s), do: {:ok, s}
    def handle_call(:exit_normal, _from, s), do: {:stop, :normal, s}
    def handle_call(:exit_shutdown, _from, s), do: {:stop, :shutdown, s}
    def handle_call(:ping, _from, s), do: {:reply, :pong, s}
  end

  def main do
    show(fn -> GenServer.call(:gcd_missing, :hi) end)
    show(fn -> GenServer.call(:gcd_missing, :hi, 100) end)
    show(fn -> GenServer.call({:global, :gcd_missing}, :hi) end)

    {:ok, pid} = GenServer.start(Srv, nil, name: :gcd_srv)
    show(fn -> GenServer.call(:gcd_srv, :exit_normal) end)
    {:ok, _} = GenServer.start(Srv, nil, name: :gcd_srv)
    show(fn -> GenServer.call(:gcd_srv, :exit_shutdown) end)
    {:ok, pid} = GenServer.start(Srv, nil, name: :gcd_srv)
    IO.inspect(GenServer.call(pid, :ping), label: "alive")
    Process.exit(pid, :kill)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    show(fn -> GenServer.call(:gcd_srv, :ping) end)

    # the exception Elixir prints for an uncaught exit from call
    r = try do
      GenServer.call(:gcd_missing, :hi)
    catch
      :exit, reason -> Exception.format_exit(reason)
    end
    IO.puts(r)
    r = try do
      GenServer.call(:gcd_missing, :hi)
    catch
      kind, reason -> Exception.format(kind, reason, [])
    end
    IO.puts(r)
    IO.puts("now uncaught:")
    GenServer.call(:gcd_missing, :last)
  end

  defp show(f) do
    try do
      f.()
    catch
      :exit, {reason, {GenServer, :call, [dest, msg, timeout]}} ->
        IO.inspect({reason, if(is_pid(dest), do: :pid, else: dest), msg, timeout}, label: "exit")
    end
  end
end
