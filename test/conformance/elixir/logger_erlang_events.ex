defmodule LoggerErlangEvents do
  require Logger

  def main do
    Logger.configure_backend(:console, format: "[$level] $message\n", metadata: [])
    :logger.error('erlang format ~p and ~s', [{1, 2}, "str"])
    :logger.warning("binary from erlang")
    :logger.notice(%{report: :map, n: 1})
    :logger.info([k1: :v1, k2: 2])
    :error_logger.error_msg('error_logger ~w~n', [:msg])
    :error_logger.warning_msg('warn ~p~n', [[1, 2]])
    :error_logger.info_msg('info ~p~n', [:x])
    Logger.flush()

    # Logger.bare_log and metadata
    Logger.bare_log(:error, "bare log")
    Logger.bare_log(:info, fn -> "bare lazy" end)
    Logger.flush()

    # report-like messages via Logger
    Logger.info(%{some: "map", n: 2})
    Logger.warning([key: "keyword report"])
    Logger.flush()

    # module-level configuration
    Logger.put_module_level(__MODULE__, :error)
    Logger.info("suppressed by module level")
    Logger.error("module level error shown")
    Logger.flush()
    IO.inspect(Logger.get_module_level(__MODULE__), label: "module level")
    Logger.delete_module_level(__MODULE__)
    Logger.info("module level removed")
    Logger.flush()
    IO.inspect(Logger.get_module_level(__MODULE__), label: "after delete")
    IO.puts("done")
  end
end
