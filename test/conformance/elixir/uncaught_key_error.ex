defmodule UncaughtKeyError do
  def main do
    config = %{timeout: 100, retries: 3}
    IO.puts("fetching")
    Map.fetch!(config, :timout)
  end
end
