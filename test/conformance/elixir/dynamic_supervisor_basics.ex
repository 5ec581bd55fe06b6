defmodule DynamicSupervisorBasics do
  defmodule W do
    use GenServer
    def start_link(a), do: GenServer.start_link(__MODULE__, a)
    def start_link(extra, a), do: GenServer.start_link(__MODULE__, {extra, a})
    def init(a), do: {:ok, a}
    def handle_call(:state, _f, s), do: {:reply, s, s}
  end

  def main do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: DynamicSupervisorBasics.Sup)
    IO.inspect(DynamicSupervisor.count_children(sup), label: "empty count")
    IO.inspect(DynamicSupervisor.which_children(sup), label: "empty children")

    {:ok, p1} = DynamicSupervisor.start_child(DynamicSupervisorBasics.Sup, {W, :one})
    {:ok, p2} = DynamicSupervisor.start_child(sup, %{id: :ignored_id, start: {W, :start_link, [:two]}})
    {:ok, p3} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :three}, restart: :temporary))
    IO.inspect(Enum.map([p1, p2, p3], &GenServer.call(&1, :state)), label: "states")
    kids = DynamicSupervisor.which_children(sup)
    IO.inspect(Enum.map(kids, fn {id, p, t, m} -> {id, is_pid(p), t, m} end), label: "children")
    IO.inspect(Enum.map(kids, &elem(&1, 1)) |> Enum.sort() == Enum.sort([p1, p2, p3]), label: "same pids")
    IO.inspect(DynamicSupervisor.count_children(sup), label: "count")

    IO.inspect(DynamicSupervisor.terminate_child(sup, p2), label: "terminate")
    IO.inspect(DynamicSupervisor.terminate_child(sup, p2), label: "terminate again")
    IO.inspect(DynamicSupervisor.count_children(sup).active, label: "active")

    # permanent child restarted with a new pid, temporary removed
    ref = Process.monitor(p1)
    Process.exit(p1, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    ref = Process.monitor(p3)
    Process.exit(p3, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    kids = DynamicSupervisor.which_children(sup)
    IO.inspect(length(kids), label: "children after kills")
    [{_, np, _, _}] = kids
    IO.inspect({np != p1, GenServer.call(np, :state)}, label: "restarted")

    # start_child returning :ignore and errors
    IO.inspect(DynamicSupervisor.start_child(sup, %{id: :x, start: {__MODULE__, :ignore, []}}), label: "ignore")
    IO.inspect(DynamicSupervisor.start_child(sup, %{id: :x, start: {__MODULE__, :fail, []}}), label: "error")
    IO.inspect(DynamicSupervisor.start_child(sup, %{id: :x, start: {__MODULE__, :weird, []}}), label: "bad return")

    # max_children and extra_arguments
    {:ok, small} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2, extra_arguments: [:extra])
    {:ok, a} = DynamicSupervisor.start_child(small, {W, :a})
    IO.inspect(GenServer.call(a, :state), label: "extra_arguments")
    {:ok, _} = DynamicSupervisor.start_child(small, {W, :b})
    IO.inspect(DynamicSupervisor.start_child(small, {W, :c}), label: "max_children")

    # init/1 of a module-based dynamic supervisor
    IO.inspect(DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 5), label: "init")
    {:ok, m} = DynamicSupervisor.start_link(DynamicSupervisorBasics.Mod, :arg)
    {:ok, c} = DynamicSupervisor.start_child(m, {W, :from_mod})
    IO.inspect(GenServer.call(c, :state), label: "module-based with extra")

    IO.inspect(DynamicSupervisor.stop(sup), label: "stop")
    IO.inspect(Process.alive?(np), label: "child alive after stop")
    DynamicSupervisor.stop(small)
    DynamicSupervisor.stop(m)
  end

  def ignore, do: :ignore
  def fail, do: {:error, :nope}
  def weird, do: :weird

  defmodule Mod do
    use DynamicSupervisor
    def init(arg), do: DynamicSupervisor.init(strategy: :one_for_one, extra_arguments: [arg])
  end
end
