defmodule SupervisorModuleBased do
  defmodule Stack do
    use GenServer
    def start_link(init), do: GenServer.start_link(__MODULE__, init, name: __MODULE__)
    def init(s), do: {:ok, s}
    def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
    def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
  end

  defmodule Inner do
    use Supervisor
    def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
    @impl true
    def init(arg) do
      children = [{Stack, arg}]
      Supervisor.init(children, strategy: :one_for_one, max_restarts: 10)
    end
  end

  defmodule App do
    use Supervisor
    def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
    @impl true
    def init(arg) do
      Supervisor.init([{Inner, arg}, {Agent, fn -> :agent_state end}], strategy: :rest_for_one)
    end
  end

  def main do
    {:ok, top} = App.start_link([:a, :b])
    IO.inspect(GenServer.call(Stack, :pop), label: "pop")
    GenServer.cast(Stack, {:push, :z})
    IO.inspect(GenServer.call(Stack, :pop), label: "pop pushed")

    kids = for {id, p, type, mods} <- Supervisor.which_children(top), do: {id, is_pid(p), type, mods}
    IO.inspect(kids, label: "top children")
    IO.inspect(Supervisor.count_children(top), label: "top count")
    IO.inspect(Supervisor.count_children(Inner), label: "inner count")

    IO.inspect(Inner.child_spec(:arg), label: "supervisor child_spec")
    {:ok, {flags, specs}} = Inner.init([1])
    IO.inspect(flags, label: "init flags")
    IO.inspect(specs, label: "init specs")

    # crash the stack: restarted with the original arg
    old = Process.whereis(Stack)
    ref = Process.monitor(old)
    Process.exit(old, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    _ = Supervisor.which_children(Inner)
    IO.inspect(GenServer.call(Stack, :pop), label: "pop after restart")
    IO.inspect(Process.whereis(Stack) != old, label: "new pid")

    # Supervisor.init/2 result shape
    IO.inspect(Supervisor.init([], strategy: :one_for_one), label: "empty init")
    Supervisor.stop(top)
    IO.inspect(Process.whereis(Inner), label: "inner after stop")
  end
end
