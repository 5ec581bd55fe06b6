defmodule ExcReraise do
  defmodule Wrapped do
    defexception [:inner]
    @impl true
    def message(%{inner: e}), do: "wrapped: " <> Exception.message(e)
  end

  def lvl3, do: raise(ArgumentError, "deep problem")
  def lvl2, do: lvl3() |> then(&{&1})
  def lvl1, do: [lvl2()]

  def rewrap do
    try do
      lvl1()
    rescue
      e -> reraise Wrapped, [inner: e], __STACKTRACE__
    end
  end

  def main do
    try do
      try do
        lvl1()
      rescue
        e ->
          IO.puts("first catch: " <> Exception.message(e))
          reraise e, __STACKTRACE__
      end
    rescue
      e ->
        IO.puts("second catch: " <> Exception.message(e))
        [{m, f, a, loc} | _] = __STACKTRACE__
        IO.inspect({m, f, a, Keyword.keys(loc)})
    end

    try do
      rewrap()
    rescue
      e in Wrapped ->
        IO.puts(Exception.message(e))
        IO.inspect(Enum.map(__STACKTRACE__, fn {m, f, a, _} -> {m, f, a} end) |> Enum.take(3))
    end

    try do
      :erlang.raise(:throw, :raised_throw, [{Foo, :bar, 0, []}])
    catch
      kind, value ->
        IO.inspect({kind, value, __STACKTRACE__})
    end

    try do
      :erlang.raise(:exit, {:a, :b}, [])
    catch
      :exit, v -> IO.inspect(v)
    end

    try do
      raise RuntimeError, message: "kw message"
    rescue
      e -> IO.inspect(e)
    end

    try do
      reraise "string reraise", [{M, :f, 1, [file: ~c"m.ex", line: 3]}]
    rescue
      e -> IO.inspect({e, __STACKTRACE__})
    end

    for bad <- [:not_an_exception, %{}, 123] do
      try do
        raise bad
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end

    try do
      raise %ArgumentError{message: "struct raise"}
    rescue
      e -> IO.inspect(e)
    end

    r = try do
      throw(:x)
    catch
      :x -> :caught_bare
    end
    IO.inspect(r)

    try do
      Enum.each(1..10, fn i -> if i == 4, do: throw({:found, i}) end)
    catch
      {:found, i} -> IO.puts("found #{i}")
    end

    e = RuntimeError.exception("built")
    IO.inspect(e)
    IO.inspect(ArgumentError.exception([]))
    IO.inspect(KeyError.exception(key: 1, term: []))
    IO.puts(Exception.format(:error, e, [{X, :y, 0, [file: ~c"x.ex", line: 1]}]))
  end
end
