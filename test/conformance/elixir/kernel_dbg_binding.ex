defmodule KernelDbgBinding do
  def main do
    x = 1
    y = [2, 3]
    IO.inspect(binding() |> Enum.sort())
    dbg(x + 1)
    [1, 2, 3]
    |> Enum.map(&(&1 * 2))
    |> Enum.sum()
    |> dbg()
    z = dbg(%{a: y})
    IO.inspect(z)
    case dbg({:ok, x}) do
      {:ok, v} -> IO.inspect(v)
    end
  end
end
