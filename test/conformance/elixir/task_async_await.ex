defmodule TaskAsyncAwait do
  def main do
    t = Task.async(fn -> 1 + 1 end)
    IO.inspect(Task.await(t), label: "await")
    IO.inspect(Map.keys(t) |> Enum.sort(), label: "task struct keys")
    IO.inspect(t.owner == self(), label: "owner")

    tasks = for i <- 1..5, do: Task.async(fn -> i * i end)
    IO.inspect(Enum.map(tasks, &Task.await/1), label: "many")
    tasks = for i <- 1..5, do: Task.async(fn -> Process.sleep(10 - 2 * i); i end)
    IO.inspect(Task.await_many(tasks), label: "await_many keeps order")

    t = Task.async(__MODULE__, :mul, [6, 7])
    IO.inspect(Task.await(t), label: "mfa")

    # await timeout exits the caller: catch it
    t = Task.async(fn -> Process.sleep(500); :late end)
    r = try do
      Task.await(t, 10)
    catch
      :exit, {:timeout, {Task, :await, [^t, 10]}} -> :await_timeout
    end
    IO.inspect(r)
    Task.shutdown(t, :brutal_kill)

    # a task that exits takes its owner down (linked): observe from a trapping middle process
    parent = self()
    spawn(fn ->
      Process.flag(:trap_exit, true)
      t = Task.async(fn -> exit({:shutdown, :task_exit}) end)
      r = try do
        Task.await(t)
      catch
        :exit, {reason, {Task, :await, _}} -> {:await_exit, reason}
      end
      send(parent, {:res, r})
    end)
    receive do {:res, r} -> IO.inspect(r, label: "task exit via await") end

    # the reply message and DOWN are consumed by await
    t = Task.async(fn -> :clean end)
    Task.await(t)
    IO.inspect(Process.info(self(), :message_queue_len), label: "mailbox clean")

    # Task.start / Task.start_link return {:ok, pid}
    {:ok, pid} = Task.start(fn -> send(parent, :started_task) end)
    IO.inspect(is_pid(pid), label: "Task.start")
    receive do :started_task -> IO.puts("start ran") end
    {:ok, _} = Task.start_link(fn -> send(parent, :linked_task) end)
    receive do :linked_task -> IO.puts("start_link ran") end

    # Task.completed
    c = Task.completed(:done)
    IO.inspect(Task.await(c), label: "completed")

    # await on a task owned by someone else
    other = Task.async(fn -> :x end)
    r = spawn_await(other)
    IO.inspect(r, label: "await not owner")
    Task.await(other)

    # Task.ignore (1.13+)
    t = Task.async(fn -> :ignored end)
    IO.inspect(Task.ignore(t) in [nil, {:ok, :ignored}], label: "ignore")
  end

  def mul(a, b), do: a * b

  defp spawn_await(task) do
    parent = self()
    spawn(fn ->
      r = try do
        Task.await(task, 50)
      rescue
        e in ArgumentError -> {:argument_error, String.contains?(e.message, "owner")}
      end
      send(parent, {:r, r})
    end)
    receive do {:r, r} -> r end
  end
end
