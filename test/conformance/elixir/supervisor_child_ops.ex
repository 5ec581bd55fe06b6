defmodule SupervisorChildOps do
  defmodule W do
    use GenServer, restart: :permanent
    def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
    def init(arg), do: {:ok, arg}
    def handle_call(:arg, _from, a), do: {:reply, a, a}
  end

  defmodule T do
    use GenServer, restart: :temporary
    def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
    def init(arg), do: {:ok, arg}
  end

  def main do
    {:ok, sup} = Supervisor.start_link([
      {W, :first},
      Supervisor.child_spec({W, :second}, id: :second),
      %{id: :third, start: {W, :start_link, [:third]}, shutdown: 1000}
    ], strategy: :one_for_one, name: SupervisorChildOps.Sup)

    show_children(sup)
    IO.inspect(Supervisor.count_children(sup), label: "count")

    # start_child with a spec and a duplicate id
    {:ok, tpid} = Supervisor.start_child(sup, %{id: :temp, start: {T, :start_link, [:t]}, restart: :temporary})
    IO.inspect(is_pid(tpid), label: "start_child temp")
    {:error, {:already_started, _}} = Supervisor.start_child(sup, %{id: :temp, start: {T, :start_link, [:t]}})
    IO.puts("duplicate running id -> already_started")

    # terminate / restart / delete
    IO.inspect(Supervisor.terminate_child(sup, :second), label: "terminate :second")
    show_children(sup)
    IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, :second}, id: :second)), label: "start existing stopped id")
    {:ok, p} = Supervisor.restart_child(sup, :second)
    IO.inspect(GenServer.call(p, :arg), label: "restarted arg")
    IO.inspect(Supervisor.restart_child(sup, :second) |> elem(0), label: "restart running")
    IO.inspect(Supervisor.delete_child(sup, :second), label: "delete running")
    Supervisor.terminate_child(sup, :second)
    IO.inspect(Supervisor.delete_child(sup, :second), label: "delete stopped")
    IO.inspect(Supervisor.delete_child(sup, :second), label: "delete missing")
    IO.inspect(Supervisor.restart_child(sup, :nope), label: "restart missing")
    IO.inspect(Supervisor.terminate_child(sup, :nope), label: "terminate missing")

    # temporary children vanish when terminated
    IO.inspect(Supervisor.terminate_child(sup, :temp), label: "terminate temp")
    IO.inspect(Enum.map(Supervisor.which_children(sup), &elem(&1, 0)), label: "ids after temp")

    # terminate_child by pid
    [{_, p3, _, _}] = Enum.filter(Supervisor.which_children(sup), &(elem(&1, 0) == :third))
    IO.inspect(Supervisor.terminate_child(sup, p3), label: "terminate by pid (not allowed for supervisor)")

    # child_spec functions
    IO.inspect(W.child_spec(:x), label: "W.child_spec")
    IO.inspect(T.child_spec(:x), label: "T.child_spec")
    IO.inspect(Supervisor.child_spec({W, 1}, id: :custom, restart: :transient, shutdown: :brutal_kill), label: "override")
    IO.inspect(Supervisor.child_spec(%{id: :m, start: {W, :start_link, [1]}}, type: :supervisor), label: "map override")
    r = try do
      Supervisor.child_spec({W, 1}, bad_key: 1)
    rescue
      e in ArgumentError -> e.message
    end
    IO.puts(r)

    # start_child error from init
    IO.inspect(Supervisor.start_child(sup, %{id: :bad, start: {GenServer, :start_link, [SupervisorChildOps.Bad, :x]}}), label: "bad init")
    Supervisor.stop(sup)
  end

  defp show_children(sup) do
    kids = for {id, pid, type, mods} <- Supervisor.which_children(sup) do
      {id, if(is_pid(pid), do: :pid, else: pid), type, mods}
    end
    IO.inspect(Enum.sort(kids), label: "children")
  end

  defmodule Bad do
    use GenServer
    def init(_), do: {:stop, :refused}
  end
end
