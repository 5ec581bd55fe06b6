defmodule ErrTaskCrashReport do
  def main do
    Logger.configure_backend(:console, device: :standard_error)
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> raise "task boom" end)
    receive do {:EXIT, pid, {e, _}} when pid == t.pid -> IO.inspect(e, label: "EXIT") end
    Logger.flush()
    {:ok, pid} = Task.start(fn -> :erlang.error(:badarith) end)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, {r, _}} -> IO.inspect(r, label: "start DOWN") end
    Logger.flush()
    {:ok, pid} = Task.start(__MODULE__, :crash_mfa, [:arg1, 2])
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, {r, _}} -> IO.inspect(r, label: "mfa DOWN") end
    Logger.flush()
    {:ok, pid} = Task.start(fn -> exit(:task_exit_reason) end)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "exit DOWN") end
    Logger.flush()
    {:ok, pid} = Task.start(fn -> exit({:shutdown, :quiet}) end)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "shutdown DOWN") end
    Logger.flush()
    IO.puts("done")
  end

  def crash_mfa(a, b), do: raise(ArgumentError, "mfa crash #{inspect(a)} #{b}")
end
