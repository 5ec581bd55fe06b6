defmodule TaskYield do
  def main do
    parent = self()
    t = Task.async(fn -> receive do :go -> :finished end end)
    IO.inspect(Task.yield(t, 10), label: "yield before done")
    send(t.pid, :go)
    IO.inspect(Task.yield(t, 1000), label: "yield after done")

    # yield after completion without timeout
    t = Task.async(fn -> :quick end)
    ref = Process.monitor(t.pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    IO.inspect(Task.yield(t, 0), label: "yield completed")

    # yield on a task that exits
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> exit({:shutdown, :oops}) end)
    IO.inspect(Task.yield(t, 1000), label: "yield exit")
    receive do {:EXIT, _, r} -> IO.inspect(r, label: "EXIT msg") end

    # shutdown returns the reply if it arrived, or nil
    t = Task.async(fn -> receive do :never -> :ok end end)
    IO.inspect(Task.shutdown(t), label: "shutdown running")
    t = Task.async(fn -> :done_before_shutdown end)
    wait_down(t)
    IO.inspect(Task.shutdown(t), label: "shutdown completed")
    t = Task.async(fn -> receive do :never -> :ok end end)
    IO.inspect(Task.shutdown(t, :brutal_kill), label: "brutal_kill")
    t = Task.async(fn -> exit(:shutdown) end)
    wait_down(t)
    IO.inspect(Task.shutdown(t), label: "shutdown exited")
    flush_exits()

    # yield_many keeps task order
    tasks = [
      Task.async(fn -> :a end),
      Task.async(fn -> receive do :never -> :ok end end),
      Task.async(fn -> exit({:shutdown, :c}) end),
      Task.async(fn -> 4 end)
    ]
    Enum.each([0, 2, 3], fn i -> wait_down(Enum.at(tasks, i)) end)
    results = Task.yield_many(tasks, 20)
    IO.inspect(Enum.map(results, fn {_t, r} -> r end), label: "yield_many")
    IO.inspect(Enum.map(results, fn {t, _} -> t end) == tasks, label: "same tasks")
    Enum.each(results, fn {t, r} -> r || Task.shutdown(t, :brutal_kill) end)
    flush_exits()

    # yield with infinity
    t = Task.async(fn -> Process.sleep(5); :inf end)
    IO.inspect(Task.yield(t, :infinity), label: "yield infinity")
    _ = parent
  end

  defp wait_down(%Task{pid: pid}) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end

  defp flush_exits do
    receive do
      {:EXIT, _, _} -> flush_exits()
    after
      0 -> :ok
    end
  end
end
