defmodule KernelRandSeeded do
  def main do
    for alg <- [:exsss, :exro928ss, :exrop, :exs1024s, :exsp] do
      :rand.seed(alg, {1, 2, 3})
      ints = for _ <- 1..5, do: :rand.uniform(1000)
      floats = for _ <- 1..3, do: :rand.uniform()
      IO.inspect({alg, ints, floats})
    end
    :rand.seed(:exsss, 42)
    IO.inspect(Enum.map(1..5, fn _ -> :rand.uniform(10) end))
    IO.inspect(:rand.normal() |> Float.round(10))
    IO.inspect(:rand.uniform_real() < 1.0)
    IO.inspect(:rand.bytes(8))
    s = :rand.seed_s(:exsss, {7, 8, 9})
    {v, s2} = :rand.uniform_s(100, s)
    {v2, _} = :rand.uniform_s(100, s2)
    IO.inspect({v, v2})
    :rand.seed(:exsss, {5, 5, 5})
    IO.inspect(Enum.shuffle(1..10))
    IO.inspect(Enum.random(1..1000))
    IO.inspect(Enum.take_random(1..100, 5))
    IO.inspect(for _ <- 1..4, do: :rand.uniform(Integer.pow(2, 70)))
    :rand.seed(:exsss, {9, 9, 9})
    floats = for _ <- 1..200, do: :rand.uniform() * :math.pow(10, :rand.uniform(40) - 20)
    for f <- Enum.take(floats, 40), do: IO.puts(Float.to_string(f))
    IO.inspect(Enum.all?(floats, fn f -> String.to_float(Float.to_string(f)) == f end))
    IO.inspect(Enum.map(Enum.take(floats, 10), &:erlang.float_to_binary(&1, [{:decimals, 4}])))
    IO.inspect(Enum.map(Enum.take(floats, 10), &:io_lib.format("~w ~p ~.3e", [&1, &1, &1]) |> IO.iodata_to_binary()))
  end
end
