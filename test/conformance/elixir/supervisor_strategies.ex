defmodule SupervisorStrategies do
  defmodule W do
    use GenServer
    def start_link({id, parent}), do: GenServer.start_link(__MODULE__, {id, parent}, name: id)
    def init({id, parent}) do
      send(parent, {:started, id})
      {:ok, id}
    end
    def child_spec({id, parent}), do: %{id: id, start: {__MODULE__, :start_link, [{id, parent}]}}
  end

  def main do
    for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
      IO.puts("== #{strategy}")
      children = for id <- [:ss_a, :ss_b, :ss_c], do: {W, {id, self()}}
      {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
      IO.inspect(collect(3), label: "initial starts")
      pids_before = pids()
      # kill the middle child and wait for the supervisor to finish restarting
      Process.exit(Process.whereis(:ss_b), :kill)
      restarted = collect_until_quiet()
      IO.inspect(restarted, label: "restarted")
      pids_after = pids()
      changed = for {{id, a}, {id, b}} <- Enum.zip(pids_before, pids_after), a != b, do: id
      IO.inspect(changed, label: "new pids")
      IO.inspect(Supervisor.count_children(sup), label: "count")
      Supervisor.stop(sup)
      IO.inspect(Enum.map([:ss_a, :ss_b, :ss_c], &Process.whereis/1), label: "after stop")
    end
  end

  defp pids, do: for(id <- [:ss_a, :ss_b, :ss_c], do: {id, Process.whereis(id)})

  defp collect(n), do: for(_ <- 1..n, do: receive(do: ({:started, id} -> id)))

  # restarts happen inside the supervisor before it handles our next call
  defp collect_until_quiet(acc \\ []) do
    receive do
      {:started, id} -> collect_until_quiet([id | acc])
    after
      50 -> Enum.reverse(acc)
    end
  end
end
