defmodule UncaughtExit do
  def main do
    IO.puts("about to exit")
    exit({:custom_reason, "text"})
  end
end
