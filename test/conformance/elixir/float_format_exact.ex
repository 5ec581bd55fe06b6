defmodule FloatFormatExact do
  def main do
    vals = [0.1, 0.5, 1.005, 2.675, 1.0e-7, 123456.789, 1.0e15 + 0.3, 5.0e-324, 1.7976931348623157e308, 0.3333333333333333,
            9.995, 0.045, 1.0e22, 4.35, -2.5, -0.0, 1.5e-10, 33.3, 7.0e-5, 0.000001]
    for v <- vals do
      d = Enum.map([0, 1, 2, 5, 10, 20], fn n ->
        try do
          :erlang.float_to_binary(v, decimals: n)
        rescue
          ArgumentError -> "badarg"
        end
      end)
      IO.puts(Enum.join(d, " "))
      IO.puts(try(do: :erlang.float_to_binary(v, [{:decimals, 8}, :compact]), rescue: (ArgumentError -> "badarg")))
      IO.puts(Enum.map_join([0, 2, 6, 15], " ", fn n -> :erlang.float_to_binary(v, scientific: n) end))
      IO.puts(:erlang.float_to_list(v) |> to_string())
      IO.puts(:io_lib.format("~.4f ~.1f ~.10e ~.17g", [v, v, v, v]) |> IO.iodata_to_binary())
    end
    for v <- [1.23456789, 9.87654321e-5, 5.5, 0.5, 1.5, 2.5, -1.25, 1234.5678, 1.0e-20] do
      IO.inspect({Float.round(v, 0), Float.round(v, 3), Float.round(v, 15), Float.ceil(v, 2), Float.floor(v, 2)})
    end
    try do
      Float.round(1.5, 16)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Float.ceil(1.5, -1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    for e <- [20, 21, 50, 57, 58, 59, 100] do
      v = :math.pow(10, e) * 1.5
      IO.puts(try(do: :erlang.float_to_binary(v, decimals: 1), rescue: (ArgumentError -> "badarg #{e}")))
    end
    IO.inspect(:erlang.float_to_binary(123.0, [:short]))
  end
end
