defmodule ExcRaiseInAfter do
  def main do
    r = try do
      try do
        raise "original"
      after
        IO.puts("inner after runs")
      end
    rescue
      e -> e.message
    end
    IO.inspect(r)
    r2 = try do
      try do
        raise "original"
      after
        raise "from after"
      end
    rescue
      e -> e.message
    end
    IO.inspect(r2)
    r3 = try do
      try do
        throw(:first)
      after
        throw(:second)
      end
    catch
      v -> v
    end
    IO.inspect(r3)
    r4 = try do
      try do
        :ok
      rescue
        _ -> :never
      else
        :ok -> raise "raised in else"
      end
    rescue
      e -> {:outer, e.message}
    end
    IO.inspect(r4)
    r5 = try do
      try do
        raise ArgumentError
      rescue
        ArgumentError -> raise "raised in rescue"
      after
        IO.puts("after of rescue-raise")
      end
    rescue
      e -> e.message
    end
    IO.inspect(r5)
    pid = self()
    spawn(fn ->
      try do
        exit(:bye)
      after
        send(pid, :after_in_exiting_process)
      end
    end)
    receive do
      m -> IO.inspect(m)
    after
      1000 -> IO.puts("timeout")
    end
    r6 = try do
      Enum.map([1, 2], fn
        2 -> raise KeyError, key: :two
        x -> x
      end)
    rescue
      KeyError -> :key_error_by_module
    end
    IO.inspect(r6)
    r7 = try do
      :erlang.error(:badarg)
    rescue
      e in ArgumentError -> {:normalized, e}
    end
    IO.inspect(r7)
    r8 = try do
      :erlang.error({:badmatch, 1})
    rescue
      e in MatchError -> {:normalized, e}
    end
    IO.inspect(r8)
    r9 = try do
      :erlang.error(:undef)
    rescue
      e -> {:other, e.__struct__}
    end
    IO.inspect(r9)
  end
end
