defmodule LoggerFormat do
  require Logger

  def main do
    Logger.configure_backend(:console, format: "[$level] $message | $metadata\n", metadata: [:user, :req])
    Logger.info("no metadata")
    Logger.metadata(user: "ann")
    Logger.info("with process metadata")
    Logger.warning("call metadata wins", user: "bob", req: 7)
    Logger.error("other metadata keys are not printed", ignored: true)
    Logger.flush()
    IO.inspect(Logger.metadata(), label: "metadata")
    Logger.reset_metadata(req: 1)
    IO.inspect(Logger.metadata(), label: "after reset")
    Logger.info("after reset")
    Logger.metadata(req: nil)
    IO.inspect(Logger.metadata(), label: "nil removes")
    Logger.flush()

    Logger.configure_backend(:console, format: "$node $level$levelpad:$message\n", metadata: [])
    Logger.info("levelpad")
    Logger.error("levelpad")
    Logger.flush()

    # metadata values of various types
    Logger.configure_backend(:console, format: "$metadata$message\n", metadata: [:a, :b, :c, :d])
    Logger.info("typed", a: 1, b: :atom, c: [1, 2], d: %{k: 1})
    Logger.info("string and charlist", a: "s", b: 'cl')
    Logger.flush()

    # multi-line messages
    Logger.configure_backend(:console, format: "> $message\n", metadata: [])
    Logger.info("line one\nline two")
    Logger.flush()

    # a format function {module, function}
    Logger.configure_backend(:console, format: {__MODULE__, :fmt}, metadata: [:user])
    Logger.warning("custom formatter", user: "zed")
    Logger.flush()

    # configure truncate
    Logger.configure(truncate: 20)
    Logger.configure_backend(:console, format: "$message\n", metadata: [])
    Logger.info(String.duplicate("x", 50))
    Logger.flush()
    IO.puts("done")
  end

  def fmt(level, message, _ts, metadata) do
    ["custom:", Atom.to_string(level), ":", message, ":", inspect(Keyword.take(metadata, [:user])), "\n"]
  end
end
