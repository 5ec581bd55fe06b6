defmodule TaskSupervisorBasics do
  def main do
    {:ok, sup} = Task.Supervisor.start_link(name: TaskSupervisorBasics.Sup)
    IO.inspect(Process.whereis(TaskSupervisorBasics.Sup) == sup, label: "named")

    t = Task.Supervisor.async(TaskSupervisorBasics.Sup, fn -> :supervised end)
    IO.inspect(Task.await(t), label: "async")

    t = Task.Supervisor.async(TaskSupervisorBasics.Sup, __MODULE__, :add, [1, 2])
    IO.inspect(Task.await(t), label: "async mfa")

    # async_nolink: a task exit does not take us down
    t = Task.Supervisor.async_nolink(TaskSupervisorBasics.Sup, fn -> exit({:shutdown, :nolink}) end)
    IO.inspect(Task.yield(t, 1000), label: "nolink exit")
    t = Task.Supervisor.async_nolink(TaskSupervisorBasics.Sup, fn -> :fine end)
    ref = t.ref
    receive do
      {^ref, v} -> IO.inspect(v, label: "nolink reply message")
    end
    Process.demonitor(ref, [:flush])

    # start_child runs a fire-and-forget task
    parent = self()
    {:ok, pid} = Task.Supervisor.start_child(TaskSupervisorBasics.Sup, fn ->
      receive do :go -> send(parent, :child_ran) end
    end)
    IO.inspect(pid in Task.Supervisor.children(TaskSupervisorBasics.Sup), label: "in children")
    send(pid, :go)
    receive do :child_ran -> IO.puts("child ran") end
    wait_dead(pid)
    IO.inspect(Task.Supervisor.children(TaskSupervisorBasics.Sup), label: "children after")

    # terminate_child
    {:ok, pid} = Task.Supervisor.start_child(TaskSupervisorBasics.Sup, fn -> Process.sleep(:infinity) end)
    IO.inspect(Task.Supervisor.terminate_child(TaskSupervisorBasics.Sup, pid), label: "terminate_child")
    IO.inspect(Task.Supervisor.terminate_child(TaskSupervisorBasics.Sup, pid), label: "terminate again")

    # async_stream on the supervisor
    r = Task.Supervisor.async_stream(TaskSupervisorBasics.Sup, 1..4, &(&1 * 3)) |> Enum.to_list()
    IO.inspect(r, label: "async_stream")
    r = Task.Supervisor.async_stream_nolink(TaskSupervisorBasics.Sup, [1, 0, 2], fn
      0 -> exit({:shutdown, :zero})
      n -> 10 * n
    end) |> Enum.to_list()
    IO.inspect(r, label: "async_stream_nolink")

    # count via DynamicSupervisor functions
    IO.inspect(DynamicSupervisor.count_children(TaskSupervisorBasics.Sup), label: "count")

    # max_children
    {:ok, small} = Task.Supervisor.start_link(max_children: 1)
    {:ok, _} = Task.Supervisor.start_child(small, fn -> Process.sleep(:infinity) end)
    IO.inspect(Task.Supervisor.start_child(small, fn -> :ok end), label: "max_children")

    # restart: :temporary is the default; a :transient task ending normally is not restarted
    {:ok, _} = Task.Supervisor.start_child(TaskSupervisorBasics.Sup, fn -> send(parent, :transient_once) end, restart: :transient)
    receive do :transient_once -> IO.puts("transient ran once") end
    r = receive do :transient_once -> :again after 30 -> :not_restarted end
    IO.inspect(r, label: "transient")

    Supervisor.stop(small)
    Supervisor.stop(sup)
    IO.inspect(Process.alive?(sup), label: "stopped")
  end

  def add(a, b), do: a + b

  defp wait_dead(pid) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    # the supervisor handles the EXIT after the DOWN: sync with it
    _ = Task.Supervisor.children(TaskSupervisorBasics.Sup)
    :ok
  end
end
