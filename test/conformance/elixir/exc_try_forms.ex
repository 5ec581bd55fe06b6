defmodule ExcTryForms do
  defp id(x), do: x

  def classify(fun) do
    try do
      fun.()
    rescue
      e in [ArgumentError] -> {:rescued_arg, Exception.message(e)}
      e in RuntimeError -> {:rescued_rt, e.message}
      ArithmeticError -> :arith
    catch
      :throw, v -> {:thrown, v}
      :exit, r -> {:exited, r}
      kind, r -> {:other, kind, r}
    else
      {:ok, v} -> {:else_ok, v}
      other -> {:else, other}
    after
      IO.puts("after ran")
    end
  end

  def nested do
    try do
      try do
        raise "inner"
      after
        IO.puts("inner after")
      end
    rescue
      e -> "outer got #{e.message}"
    end
  end

  def implicit_try(x) do
    if x, do: raise("implicit"), else: :fine
  rescue
    e -> {:implicit, e.message}
  after
    IO.puts("implicit after")
  end

  def catch_error(fun) do
    try do
      fun.()
    catch
      :error, reason -> {:error_raw, reason}
    end
  end

  def main do
    IO.inspect(classify(fn -> raise ArgumentError, "bad" end))
    IO.inspect(classify(fn -> raise "rt" end))
    IO.inspect(classify(fn -> 1 / id(0) end))
    IO.inspect(classify(fn -> throw(:ball) end))
    IO.inspect(classify(fn -> exit(:bye) end))
    IO.inspect(classify(fn -> {:ok, 5} end))
    IO.inspect(classify(fn -> 7 end))
    IO.inspect(classify(fn -> :erlang.error(:custom) end))
    IO.inspect(nested())
    IO.inspect(implicit_try(true))
    IO.inspect(implicit_try(false))
    IO.inspect(catch_error(fn -> raise "x" end))
    IO.inspect(catch_error(fn -> :erlang.error(:badarg) end))
    IO.inspect(catch_error(fn -> id(%{}).x end))
    IO.inspect(catch_error(fn -> id(1) + id(:a) end))
    r = try do
      throw({:deep, [1, 2]})
    catch
      {:deep, l} -> Enum.sum(l)
    end
    IO.inspect(r)
    v = try do: 1 + 1, after: IO.puts("after in expr")
    IO.inspect(v)
    x = try do
      exit({:shutdown, :x})
    catch
      :exit, {:shutdown, why} -> why
    end
    IO.inspect(x)
    IO.inspect(catch_error(fn -> raise ErlangError, original: :foo end))
    st = try do
      raise "with stack"
    rescue
      _ -> __STACKTRACE__
    end
    IO.inspect(is_list(st))
    {m, f, a, _} = hd(st)
    IO.inspect({m, f, a})
  end
end
