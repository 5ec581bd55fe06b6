defmodule ErrAgentCrashReport do
  def main do
    Logger.configure_backend(:console, device: :standard_error)
    {:ok, a} = Agent.start(fn -> %{count: 1} end, name: ErrAgentCrashReport.Agent)
    r = try do
      Agent.update(a, fn s -> Map.fetch!(s, :missing) end)
    catch
      :exit, {{e, _}, {GenServer, :call, _}} -> {:exit, e}
    end
    Logger.flush()
    IO.inspect(r, label: "update crash")
    IO.inspect(Process.whereis(ErrAgentCrashReport.Agent), label: "agent gone")
    {:ok, a} = Agent.start(fn -> 0 end)
    Agent.cast(a, fn _ -> exit(:cast_exit) end)
    ref = Process.monitor(a)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "cast exit") end
    Logger.flush()
    IO.puts("done")
  end
end
