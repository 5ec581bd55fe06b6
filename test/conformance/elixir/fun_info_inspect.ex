defmodule FunInfoInspect do
  def named(x), do: x
  def make_closure(a, b), do: fn c -> {a, b, c} end

  def main do
    f0 = fn -> :zero end
    f1 = fn x -> x end
    f2 = make_closure(1, "two")
    ext = &Enum.map/2
    loc = &named/1
    for f <- [f0, f1, f2, loc] do
      info = :erlang.fun_info(f)
      IO.inspect(Keyword.take(info, [:module, :name, :arity, :env, :type, :index, :new_index, :uniq]))
      IO.inspect(byte_size(info[:new_uniq]))
    end
    IO.inspect(:erlang.fun_info(ext))
    IO.inspect(inspect(f0) =~ "#Function<")
    IO.inspect(inspect(f2))
    IO.inspect(inspect(loc))
    IO.inspect(inspect(ext))
    IO.inspect(inspect(&:lists.reverse/1))
    IO.inspect(f1 == fn x -> x end)
    IO.inspect(f2 == make_closure(1, "two"))
    IO.inspect(f2 == make_closure(1, "three"))
    IO.inspect(ext == &Enum.map/2)
    IO.inspect(:erlang.phash2(ext))
    IO.inspect(is_function(f2, 1))
    IO.inspect(:erlang.fun_to_list(f2) |> to_string() |> String.starts_with?("#Fun<Elixir.FunInfoInspect."))
    IO.inspect(:erlang.fun_to_list(ext) |> to_string())
    IO.inspect(f2.(:three))
    IO.inspect(Function.info(f2, :env))
    IO.inspect(Enum.sort([ext, &Enum.count/1, &:lists.map/2]) |> Enum.map(&inspect/1))
  end
end
