defmodule ExcStacktraceReal do
  def a(x), do: b(x) + 1
  def b(x), do: c(x) * 2
  def c(x), do: Enum.map([x], fn v -> d(v) end) |> hd()
  def d(v) when v > 0, do: raise("positive #{v}")
  def d(v), do: v

  defp priv_fun(x), do: elem(x, 3)

  def main do
    try do
      a(5)
    rescue
      e ->
        IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end
    try do
      priv_fun({1})
    rescue
      e ->
        IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end
    try do
      Enum.reduce([1, 2, 3], 0, fn x, acc -> if x == 3, do: throw({:three, acc}), else: acc + x end)
    catch
      :throw, v -> IO.puts(Exception.format(:throw, v, __STACKTRACE__))
    end
    {_, st} = Process.info(self(), :current_stacktrace)
    IO.inspect(Enum.map(st, fn {m, f, a, _} -> {m, f, a} end) |> Enum.take(2))
    try do
      String.Chars.to_string({:tuple})
    rescue
      e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end
    try do
      Integer.to_string(:x)
    rescue
      e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end
  end
end
