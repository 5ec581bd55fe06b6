defmodule KernelNestedTryDeep do
  def nest(0), do: raise("bottom")

  def nest(n) do
    try do
      nest(n - 1)
    after
      Process.put(:afters, Process.get(:afters, 0) + 1)
    end
  end

  def catch_at(0, _), do: throw(:deep)
  def catch_at(n, k) do
    try do
      catch_at(n - 1, k)
    catch
      :deep when n == k -> {:caught_at, n}
    end
  end

  def main do
    r = try do
      nest(50_000)
    rescue
      e -> {e.message, length(__STACKTRACE__)}
    end
    IO.inspect(r)
    IO.inspect(Process.get(:afters))
    IO.inspect(catch_at(10_000, 7_777))
    acc = Enum.reduce(1..100_000, 0, fn i, a ->
      try do
        if rem(i, 1000) == 0, do: throw(i), else: a + 1
      catch
        v -> a + v
      end
    end)
    IO.inspect(acc)
  end
end
