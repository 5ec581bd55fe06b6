defmodule SysThrowUncaughtString do
  def main do
    r = catch_throw(fn -> throw("caught") end)
    IO.inspect(r, label: "caught")
    IO.puts("throwing a binary")
    throw("a binary thrown value")
  end

  defp catch_throw(f) do
    try do
      f.()
    catch
      :throw, v -> {:thrown, v}
    end
  end
end
