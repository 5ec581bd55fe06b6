defmodule LoggerDefaultFormat do
  require Logger

  defmodule Worker do
    use GenServer
    def init(s), do: {:ok, s}
    def handle_call(:boom, _from, _s), do: raise(ArgumentError, "call crashed")
    def handle_info(:bad_match, s) do
      [_] = s
      {:noreply, s}
    end
  end

  def main do
    # the default console format: "\n$time $metadata[$level] $message\n"
    Logger.info("default format info")
    Logger.error("default format error\nsecond line")
    Logger.flush()

    Logger.metadata(request_id: "abc")
    Logger.warning("metadata not in default list")
    Logger.flush()

    # a crashing named GenServer: the report printed by Logger
    {:ok, pid} = GenServer.start(Worker, [1, 2], name: LoggerDefaultFormat.Worker)
    ref = Process.monitor(pid)
    send(pid, :bad_match)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Logger.flush()
    IO.puts("after crash report")

    # a GenServer with state that is a large structure: inspect limits apply
    {:ok, pid} = GenServer.start(Worker, Enum.to_list(1..100), name: LoggerDefaultFormat.Big)
    ref = Process.monitor(pid)
    send(pid, :bad_match)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Logger.flush()
    IO.puts("done")
  end
end
