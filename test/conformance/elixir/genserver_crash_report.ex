defmodule GenserverCrashReport do
  defmodule Crashy do
    use GenServer

    def init(state), do: {:ok, state}

    def handle_cast(:raise, _state), do: raise("boom in cast")
    def handle_cast(:badmatch, state) do
      {:ok, _} = Map.fetch(state, :missing)
      {:noreply, state}
    end

    def handle_info(:stop_custom, state), do: {:stop, {:custom, 42}, state}
    def handle_info(:throw, _state), do: throw(:thrown_value)
    def handle_info(:exit, _state), do: exit(:exited_inside)
    def handle_info(:undef, state), do: {:noreply, GenserverCrashReport.Missing.go(state)}
  end

  def main do
    for {msg, kind} <- [raise: :cast, badmatch: :cast, stop_custom: :info, throw: :info, exit: :info, undef: :info] do
      {:ok, pid} = GenServer.start(Crashy, %{n: 1, list: [1, 2, 3]}, name: GenserverCrashReport.Server)
      ref = Process.monitor(pid)
      case kind do
        :cast -> GenServer.cast(GenserverCrashReport.Server, msg)
        :info -> send(pid, msg)
      end
      reason = receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
      Logger.flush()
      IO.inspect(summary(reason), label: "DOWN #{msg}")
    end
  end

  defp summary({%{__exception__: true} = e, stack}) when is_list(stack), do: {e.__struct__, Exception.message(e)}
  defp summary({reason, stack}) when is_list(stack), do: {:with_stack, reason}
  defp summary(other), do: other
end
