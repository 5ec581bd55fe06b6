defmodule BinEtf do
  def main do
    terms = [
      0, 255, 256, -1, Integer.pow(2, 31), -Integer.pow(2, 31) - 1, Integer.pow(2, 64), -Integer.pow(10, 40),
      1.5, -0.0, 1.0e300, :ok, :"ünïcode", true, nil, "bin", <<1::3>>, <<>>, [], [1, 2], ~c"abc", [1 | 2],
      {}, {1, {2}}, %{}, %{a: 1, b: [2]}, %{"k" => {1}}, Enum.to_list(1..300), String.duplicate("z", 300),
      List.to_tuple(Enum.to_list(1..300)), &Enum.map/2
    ]
    for t <- terms do
      bin = :erlang.term_to_binary(t)
      back = :erlang.binary_to_term(bin)
      IO.puts("#{inspect(t, limit: 4)} #{byte_size(bin)} #{back === t} #{inspect(binary_part(bin, 0, min(12, byte_size(bin))))}")
    end
    big = Map.new(1..40, &{&1, &1})
    IO.inspect(:erlang.term_to_binary(big) |> :erlang.binary_to_term() == big)
    c = :erlang.term_to_binary(String.duplicate("abc", 1000), compressed: 6)
    IO.inspect(byte_size(c))
    IO.inspect(:erlang.binary_to_term(c) |> byte_size())
    IO.inspect(:erlang.term_to_binary(1.5, minor_version: 0))
    IO.inspect(:erlang.term_to_binary(:abc, minor_version: 1))
    IO.inspect(:erlang.term_to_binary(:abc))
    IO.inspect(:erlang.term_to_binary({:a, "b"}, [:deterministic]))
    IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 3, 102, 111, 111>>))
    IO.inspect(:erlang.binary_to_term(<<131, 97, 5, 1, 2>>, [:used]))
    IO.inspect(:erlang.external_size({1, 2, "abc"}))
    try do
      :erlang.binary_to_term(<<131, 100, 0, 30, 102>>)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      :erlang.binary_to_term(:erlang.term_to_binary(:brand_new_atom_xyzzy_123) |> binary_part(0, 4), [:safe])
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.inspect(:erlang.term_to_iovec({1, "abc"}) |> IO.iodata_to_binary() == :erlang.term_to_binary({1, "abc"}))
  end
end
