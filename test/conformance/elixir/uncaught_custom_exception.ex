defmodule UncaughtCustomException do
  defmodule ConfigError do
    defexception [:key, :file]

    @impl true
    def message(%{key: k, file: f}) do
      "invalid configuration\n  key: #{inspect(k)}\n  file: #{f}"
    end
  end

  def main do
    IO.puts("loading config")
    raise ConfigError, key: :db_url, file: "config.exs"
  end
end
