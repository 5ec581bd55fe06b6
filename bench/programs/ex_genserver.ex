# GenServer call round trips: a counter server answering 50,000 calls and
# casts from one client, through gen_server's unmodified code.
defmodule :ex_genserver do
  use GenServer
  @calls 50_000

  def run do
    {:ok, pid} = GenServer.start_link(__MODULE__, 0)
    sum = loop(pid, @calls, 0)
    GenServer.cast(pid, {:add, 5})
    final = GenServer.call(pid, :get)
    GenServer.stop(pid)
    sum + final
  end

  defp loop(_pid, 0, acc), do: acc
  defp loop(pid, n, acc), do: loop(pid, n - 1, acc + GenServer.call(pid, {:add, n}))

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call({:add, k}, _from, n), do: {:reply, rem(n + k, 1000), n + k}
  def handle_call(:get, _from, n), do: {:reply, n, n}

  @impl true
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
end
