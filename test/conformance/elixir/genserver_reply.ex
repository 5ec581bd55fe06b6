defmodule GenserverReply do
  defmodule Deferred do
    use GenServer

    def init(_), do: {:ok, %{waiting: [], value: nil}}

    # callers wait until someone sets the value
    def handle_call(:wait_value, from, %{value: nil} = s), do: {:noreply, %{s | waiting: [from | s.waiting]}}
    def handle_call(:wait_value, _from, s), do: {:reply, s.value, s}

    def handle_call({:set, v}, _from, s) do
      for f <- Enum.reverse(s.waiting), do: GenServer.reply(f, {:value, v})
      {:reply, length(s.waiting), %{s | waiting: [], value: v}}
    end

    # reply from another process
    def handle_call(:delegate, from, s) do
      spawn(fn -> GenServer.reply(from, :from_helper) end)
      {:noreply, s}
    end

    def handle_call(:waiting, _from, s), do: {:reply, length(s.waiting), s}
    def handle_call(:reply_tuple_with_timeout, _from, s), do: {:reply, :ok, s, :infinity}
  end

  def main do
    {:ok, srv} = GenServer.start_link(Deferred, nil)
    parent = self()
    for i <- 1..3 do
      spawn(fn -> send(parent, {:client, i, GenServer.call(srv, :wait_value)}) end)
    end
    wait_until(fn -> GenServer.call(srv, :waiting) == 3 end)
    IO.inspect(GenServer.call(srv, {:set, :ready}), label: "woke")
    got = for _ <- 1..3, do: receive(do: ({:client, i, v} -> {i, v}))
    IO.inspect(Enum.sort(got), label: "clients")
    IO.inspect(GenServer.call(srv, :wait_value), label: "already set")
    IO.inspect(GenServer.call(srv, :delegate), label: "delegate")
    IO.inspect(GenServer.call(srv, :reply_tuple_with_timeout), label: "reply with timeout")
    IO.inspect(GenServer.reply({self(), make_ref()}, :stray), label: "reply returns")
    flush()
  end

  defp wait_until(f) do
    if f.(), do: :ok, else: (Process.sleep(1); wait_until(f))
  end

  defp flush do
    receive do
      _ -> flush()
    after
      0 -> :ok
    end
  end
end
