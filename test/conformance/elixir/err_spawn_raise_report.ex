defmodule ErrSpawnRaiseReport do
  # Logger goes to stderr here so that the pids in reports are masked by the harness.
  # The emulator hands crash reports to the :logger process asynchronously (after the
  # DOWN message may have arrived), so a :logger handler tells us when one was logged;
  # then Logger.flush/0 waits for the console backend to print it.
  defmodule Sync do
    def log(%{meta: %{error_logger: %{emulator: true}}}, %{config: %{to: pid}}), do: send(pid, :crash_logged)
    def log(_event, _config), do: :ok
  end

  defp wait_report do
    receive do :crash_logged -> :ok end
    :sys.get_state(:logger)
    Logger.flush()
  end

  defp run(fun, reported?) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%{__exception__: true} = e, [_ | _]}} -> IO.inspect(e, label: "DOWN exception")
      {:DOWN, ^ref, :process, ^pid, {r, [_ | _]}} -> IO.inspect(r, label: "DOWN with stack")
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
    end
    if reported?, do: wait_report()
  end

  def main do
    Logger.configure_backend(:console, device: :standard_error)
    :ok = :logger.add_handler(:conf_sync, Sync, %{config: %{to: self()}})
    run(fn -> raise ArgumentError, "unlinked child raised" end, true)
    run(fn -> :erlang.error({:plain_error, 1}) end, true)
    run(fn -> throw(:thrown_in_child) end, true)
    run(fn -> exit(:plain_exit_no_report) end, false)
    run(fn -> Map.fetch!(%{}, String.to_atom("nope")) end, true)
    run(fn -> exit({:shutdown, :quiet}) end, false)
    run(fn -> String.to_integer("12x") end, true)
    run(fn -> apply(ErrSpawnRaiseReport.Missing, :fun, [1]) end, true)
    run(fn -> raise "multi\nline" end, true)
    :logger.remove_handler(:conf_sync)
    IO.puts("done")
  end
end
