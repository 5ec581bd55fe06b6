defmodule SupervisorIntensity do
  defmodule W do
    use GenServer
    def start_link(parent), do: GenServer.start_link(__MODULE__, parent, name: SupervisorIntensity.W)
    def init(parent) do
      send(parent, :worker_started)
      {:ok, parent}
    end
  end

  def main do
    Process.flag(:trap_exit, true)
    {:ok, sup} = Supervisor.start_link([{W, self()}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
    receive do :worker_started -> :ok end

    # two kills are within the budget
    for i <- 1..2 do
      kill_worker()
      receive do :worker_started -> IO.puts("restart #{i}") end
    end
    IO.inspect(Process.alive?(sup), label: "supervisor alive after 2 restarts")

    # the third exceeds max_restarts: the supervisor gives up with :shutdown
    kill_worker()
    receive do {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit") end
    IO.inspect(Process.whereis(SupervisorIntensity.W), label: "worker gone")

    # max_restarts: 0 stops at the first crash
    {:ok, sup} = Supervisor.start_link([{W, self()}], strategy: :one_for_one, max_restarts: 0)
    receive do :worker_started -> :ok end
    kill_worker()
    receive do {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "max_restarts 0") end

    # restart types: transient restarts only on abnormal exit, temporary never
    {:ok, sup} = Supervisor.start_link([
      Supervisor.child_spec({Task, fn -> receive do r -> exit(r) end end}, id: :transient, restart: :transient),
      Supervisor.child_spec({Task, fn -> receive do r -> exit(r) end end}, id: :temporary, restart: :temporary),
      Supervisor.child_spec({Task, fn -> receive do r -> exit(r) end end}, id: :permanent, restart: :permanent)
    ], strategy: :one_for_one)
    for {id, reason} <- [transient: :normal, temporary: :kill_me, permanent: :normal] do
      pid = child(sup, id)
      ref = Process.monitor(pid)
      if reason == :kill_me, do: Process.exit(pid, :kill), else: send(pid, reason)
      receive do {:DOWN, ^ref, _, _, _} -> :ok end
    end
    IO.inspect(Enum.sort(for {id, p, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(p)}), label: "after exits")
    pid = child(sup, :transient)
    IO.inspect(pid, label: "transient pid after normal exit")
    Supervisor.stop(sup)

    # auto_shutdown is not exercised; init validation errors
    r = try do
      Supervisor.start_link([], strategy: :bogus)
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
    IO.inspect(r, label: "bad strategy")
    r = Supervisor.start_link([%{id: :x, start: {:no_such_mod, :start_link, []}}], strategy: :one_for_one)
    IO.inspect(elem(r, 0), label: "undef child")
    receive do {:EXIT, _, _} -> :ok after 0 -> :ok end
  end

  defp kill_worker do
    pid = Process.whereis(SupervisorIntensity.W)
    Process.exit(pid, :kill)
  end

  defp child(sup, id) do
    Enum.find_value(Supervisor.which_children(sup), fn {i, p, _, _} -> i == id && p end)
  end
end
