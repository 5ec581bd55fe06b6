defmodule SysHaltLargeStatus do
  def main do
    IO.puts("halt with 255")
    IO.write(:stderr, "partial stderr line")
    System.halt(255)
  end
end
