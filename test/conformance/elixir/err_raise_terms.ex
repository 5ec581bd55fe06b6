defmodule ErrRaiseTerms do
  def main do
    r = try do
      raise "string message"
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
    IO.inspect(r)
    r = try do
      raise ArgumentError
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
    IO.inspect(r)
    r = try do
      raise KeyError, key: :k, term: %{a: 1}
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
    IO.inspect(r)
    for t <- [:badarith, {:badmatch, 3}, {:case_clause, :x}, :function_clause, {:try_clause, 1}, :system_limit, :timeout_value, {:badfun, 5}, :cond_clause, {:badmap, 1}, :noproc] do
      e = Exception.normalize(:error, t, [])
      IO.puts("#{inspect(t)} -> #{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    IO.puts(Exception.format(:error, {:weird, 1}, []))
    IO.puts(Exception.format(:throw, :thrown, []))
    IO.puts(Exception.format(:exit, {:shutdown, 1}, []))
    IO.puts(Exception.format_banner(:exit, :normal))
    IO.puts(Exception.format_exit({:noproc, {GenServer, :call, [:nobody, :req, 5000]}}))
    r = try do
      raise %{not: :an_exception}
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
    IO.inspect(r)
    IO.puts("raising atom module that is not an exception")
    raise :not_an_exception_module
  end
end
