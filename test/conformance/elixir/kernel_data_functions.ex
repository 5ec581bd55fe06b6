defmodule KernelDataFunctions do
  def main do
    IO.inspect({max(1, 2.0), min(:a, 1), max("a", "b"), min([], {})})
    IO.inspect(Enum.map([1, 1.0, :a, "s", 's', [], {}, %{}, self(), make_ref(), &(&1), <<1::1>>], fn t ->
      [is_integer(t), is_float(t), is_number(t), is_atom(t), is_binary(t), is_bitstring(t), is_list(t), is_tuple(t),
       is_map(t), is_pid(t), is_reference(t), is_function(t), is_boolean(t), is_nil(t)] |> Enum.map(&if(&1, do: 1, else: 0)) |> Enum.join()
    end))
    IO.inspect(is_function(&Enum.map/2, 2))
    IO.inspect(is_map_key(%{a: 1}, :a))
    IO.inspect(1 |> then(&(&1 + 1)) |> tap(&IO.inspect(&1, label: "tap")))
    IO.inspect(binary_part("abcdef", 4, -2))
    IO.inspect(byte_size("héllo"))
    IO.inspect(bit_size("ab"))
    IO.inspect(tuple_size({1, 2, 3}))
    IO.inspect(map_size(%{a: 1}))
    IO.inspect(abs(-5))
    IO.inspect(div(17, -5))
    IO.inspect(rem(17, -5))
    IO.inspect(Integer.mod(17, -5))
    IO.inspect(round(-2.5))
    IO.inspect(trunc(1.0e15))
    IO.inspect(1 == 1.0)
    IO.inspect(1 === 1.0)
    IO.inspect(:a < "a")
    IO.inspect(nil || :default)
    IO.inspect(false && :never)
    IO.inspect(!nil)
    IO.inspect(not true)
    IO.inspect(1 in 1..3 and :b in [:a, :b])
    IO.inspect(match?({:ok, _}, {:ok, 1}))
    IO.inspect(match?([_ | _], []))
    IO.inspect(if(nil, do: 1, else: 2))
    IO.inspect(unless(false, do: :yes))
    IO.inspect(case {1, 2} do
      {x, y} when x > y -> :gt
      {x, x} -> :eq
      _ -> :lt
    end)
    IO.inspect(cond do
      false -> 1
      nil -> 2
      :truthy -> 3
    end)
    x = 5
    IO.inspect(with {:ok, a} <- {:ok, x}, b when b > 3 <- a * 2, do: {a, b})
    IO.inspect(with {:ok, a} <- {:error, :nope}, do: a, else: ({:error, r} -> {:failed, r}))
    IO.inspect(get_in(%{a: %{b: 1}}, [:a, :b]))
    IO.inspect(elem({:a, :b}, 1))
    IO.inspect(Kernel.to_string(12))
    IO.inspect(Kernel.inspect(:x))
    IO.inspect(Kernel.apply(Enum, :sum, [[1, 2]]))
    IO.inspect(Kernel.apply(fn a, b -> a * b end, [3, 4]))
    IO.inspect(function_exported?(Enum, :map, 2))
    IO.inspect(macro_exported?(Kernel, :if, 2))
    IO.inspect(Function.identity(7))
    IO.inspect(Function.info(&Enum.map/2, :arity))
    IO.inspect(Function.capture(String, :upcase, 1).("x"))
    IO.inspect(:erlang.fun_info(fn -> 1 end, :arity))
    IO.inspect(node())
    IO.inspect(is_atom(__MODULE__))
    IO.inspect(__ENV__.function)
    IO.inspect(__ENV__.line)
    IO.inspect(Path.basename(__ENV__.file))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}")
  end
end
