defmodule GenserverCallCastInfo do
  defmodule Counter do
    use GenServer

    def start_link(n, opts \\ []), do: GenServer.start_link(__MODULE__, n, opts)

    @impl true
    def init(n), do: {:ok, %{count: n, log: []}}

    @impl true
    def handle_call(:get, _from, s), do: {:reply, s.count, s}
    def handle_call({:add, k}, _from, s), do: {:reply, :ok, %{s | count: s.count + k}}
    def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}
    def handle_call(:from_shape, {pid, tag}, s), do: {:reply, {is_pid(pid), is_reference(tag) or is_list(tag)}, s}

    @impl true
    def handle_cast({:log, x}, s), do: {:noreply, %{s | log: [x | s.log]}}
    def handle_cast(:inc, s), do: {:noreply, %{s | count: s.count + 1}}

    @impl true
    def handle_info({:info, x}, s), do: {:noreply, %{s | log: [{:info, x} | s.log]}}
    def handle_info(_other, s), do: {:noreply, %{s | log: [:unknown_info | s.log]}}
  end

  def main do
    {:ok, pid} = Counter.start_link(10)
    IO.inspect(GenServer.call(pid, :get), label: "get")
    IO.inspect(GenServer.call(pid, {:add, 5}), label: "add")
    IO.inspect(GenServer.cast(pid, :inc), label: "cast returns")
    IO.inspect(GenServer.call(pid, :get), label: "after cast")
    GenServer.cast(pid, {:log, :a})
    send(pid, {:info, :b})
    GenServer.cast(pid, {:log, :c})
    send(pid, :whatever)
    IO.inspect(GenServer.call(pid, :log), label: "log order")
    IO.inspect(GenServer.call(pid, :from_shape), label: "from shape")

    # named with an atom
    {:ok, _} = Counter.start_link(0, name: GenserverCallCastInfo.Named)
    GenServer.cast(GenserverCallCastInfo.Named, :inc)
    IO.inspect(GenServer.call(GenserverCallCastInfo.Named, :get), label: "named")
    IO.inspect(GenServer.whereis(GenserverCallCastInfo.Named) |> is_pid(), label: "whereis")
    IO.inspect(GenServer.whereis(:nobody_here), label: "whereis missing")

    # starting a name twice
    {:error, {:already_started, p2}} = Counter.start_link(0, name: GenserverCallCastInfo.Named)
    IO.inspect(p2 == GenServer.whereis(GenserverCallCastInfo.Named), label: "already_started pid")

    # cast to a missing name is fine
    IO.inspect(GenServer.cast(:no_such_server, :x), label: "cast missing")

    # multi_call/abcast on the local node
    {replies, bad} = GenServer.multi_call([node()], GenserverCallCastInfo.Named, :get)
    IO.inspect({replies, bad}, label: "multi_call")
    IO.inspect(GenServer.abcast([node()], GenserverCallCastInfo.Named, :inc), label: "abcast")
    IO.inspect(GenServer.call(GenserverCallCastInfo.Named, :get), label: "after abcast")

    # many concurrent callers
    parent = self()
    for _ <- 1..10, do: spawn(fn -> send(parent, GenServer.call(pid, {:add, 1})) end)
    for _ <- 1..10, do: receive(do: (:ok -> :ok))
    IO.inspect(GenServer.call(pid, :get), label: "after concurrent adds")

    # :sys introspection
    IO.inspect(:sys.get_state(pid).count, label: "sys state")
    :sys.replace_state(pid, fn s -> %{s | count: 0} end)
    IO.inspect(GenServer.call(pid, :get), label: "replaced")
    {:status, _, {:module, :gen_server}, _} = :sys.get_status(pid)
    IO.puts("sys status ok")
    :sys.suspend(pid)
    GenServer.cast(pid, :inc)
    :sys.resume(pid)
    IO.inspect(GenServer.call(pid, :get), label: "after resume")
  end
end
