defmodule SysErrorBadargUncaught do
  def main do
    IO.puts("uncaught badarg from a BIF")
    :erlang.binary_to_atom(String.to_charlist("x") |> hd() |> Integer.to_string() |> then(&(&1 <> <<0xFF>>)), :utf8)
  end
end
