defmodule LoggerLevels do
  require Logger

  def main do
    IO.inspect(Logger.level(), label: "level")
    for level <- [:debug, :info, :notice, :warning, :error, :critical, :alert, :emergency] do
      Logger.log(level, "a #{level} message")
    end
    Logger.flush()

    Logger.debug("debug macro")
    Logger.info("info macro")
    Logger.warning("warning macro")
    Logger.error("error macro")
    Logger.flush()

    IO.puts("-- level :warning")
    Logger.configure(level: :warning)
    IO.inspect(Logger.level(), label: "level")
    Logger.info("hidden info")
    Logger.notice("hidden notice")
    Logger.warning("shown warning")
    Logger.error(["chardata ", ?o, "k ", ["nested"]])
    Logger.flush()

    IO.inspect(Logger.compare_levels(:debug, :info), label: "compare debug info")
    IO.inspect(Logger.compare_levels(:error, :warning), label: "compare error warning")
    IO.inspect(Logger.compare_levels(:info, :info), label: "compare equal")

    IO.puts("-- disable for this process")
    Logger.configure(level: :debug)
    Logger.disable(self())
    IO.inspect(Logger.enabled?(self()), label: "enabled?")
    Logger.error("not printed")
    Logger.enable(self())
    IO.inspect(Logger.enabled?(self()), label: "enabled?")
    Logger.error("printed again")
    Logger.flush()

    IO.puts("-- lazy messages")
    Logger.info(fn -> "lazy evaluated" end)
    Logger.configure(level: :error)
    Logger.info(fn -> raise "never evaluated" end)
    Logger.error(fn -> {"lazy with metadata", [extra: 1]} end)
    Logger.flush()

    IO.puts("-- :none and :all")
    Logger.configure(level: :none)
    Logger.emergency("not even emergency")
    Logger.configure(level: :all)
    Logger.debug("all shows debug")
    Logger.flush()
    IO.puts("done")
  end
end
