defmodule SupervisorShutdownOrder do
  defmodule W do
    use GenServer
    def start_link({name, parent, opts}), do: GenServer.start_link(__MODULE__, {name, parent, opts})
    def child_spec({name, _, _} = arg), do: %{id: name, start: {__MODULE__, :start_link, [arg]}}
    def init({name, parent, opts}) do
      if Keyword.get(opts, :trap, true), do: Process.flag(:trap_exit, true)
      send(parent, {:init, name})
      {:ok, {name, parent}}
    end
    def terminate(reason, {name, parent}) do
      send(parent, {:terminate, name, reason})
    end
  end

  def main do
    me = self()
    children = [
      {W, {:first, me, []}},
      {W, {:second, me, []}},
      {W, {:untrapped, me, [trap: false]}},
      {W, {:third, me, []}}
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(collect(4), label: "start order")
    Supervisor.stop(sup)
    IO.inspect(collect(3), label: "terminate order (untrapped child skips terminate)")

    # nested supervisors stop depth-first in reverse order
    inner = %{id: :inner, type: :supervisor, start: {Supervisor, :start_link, [[{W, {:inner_a, me, []}}, {W, {:inner_b, me, []}}], [strategy: :one_for_one]]}}
    {:ok, sup} = Supervisor.start_link([{W, {:outer_a, me, []}}, inner, {W, {:outer_b, me, []}}], strategy: :one_for_one)
    IO.inspect(collect(4), label: "nested start")
    Supervisor.stop(sup)
    IO.inspect(collect(4), label: "nested terminate")

    # one_for_all restart terminates the others in reverse order
    {:ok, sup} = Supervisor.start_link([{W, {:x, me, []}}, {W, {:y, me, []}}, {W, {:z, me, []}}], strategy: :one_for_all)
    collect(3)
    [{_, y, _, _}] = Enum.filter(Supervisor.which_children(sup), &(elem(&1, 0) == :y))
    Process.exit(y, :kill)
    IO.inspect(collect(5), label: "one_for_all after kill of y")
    Supervisor.stop(sup)
    collect(3)
    IO.inspect(Process.info(self(), :message_queue_len), label: "mailbox")
  end

  defp collect(n) do
    for _ <- 1..n do
      receive do
        {:init, name} -> {:init, name}
        {:terminate, name, reason} -> {:terminate, name, reason}
      end
    end
  end
end
