defmodule CryptoMore do
  def hex(b), do: Base.encode16(b, case: :lower)

  def main do
    msg = String.duplicate("abc", 1000)
    for alg <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512] do
      IO.puts("#{alg} #{hex(:crypto.hash(alg, msg))} #{hex(:crypto.mac(:hmac, alg, "secret", msg))}")
    end
    for size <- [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129] do
      d = :binary.copy("x", size)
      IO.puts("#{size} #{hex(:crypto.hash(:sha256, d)) |> binary_part(0, 16)} #{hex(:crypto.hash(:sha512, d)) |> binary_part(0, 16)} #{hex(:crypto.hash(:md5, d))}")
    end
    long_key = :binary.copy("k", 200)
    IO.puts(hex(:crypto.mac(:hmac, :sha256, long_key, "m")))
    IO.puts(hex(:crypto.mac(:hmac, :sha512, long_key, "m")))
    st = Enum.reduce(1..100, :crypto.hash_init(:sha), fn i, s -> :crypto.hash_update(s, Integer.to_string(i)) end)
    IO.puts(hex(:crypto.hash_final(st)))
    IO.puts(hex(:crypto.hash(:sha, Enum.map_join(1..100, &Integer.to_string/1))))
    m = :crypto.mac_init(:hmac, :sha256, "key")
    m = :crypto.mac_update(m, "part1")
    m = :crypto.mac_update(m, "part2")
    IO.puts(hex(:crypto.mac_final(m)))
    IO.puts(hex(:crypto.mac(:hmac, :sha256, "key", "part1part2")))
    IO.inspect(:crypto.hash(:sha256, [<<1>>, [<<2>>, 3]]) == :crypto.hash(:sha256, <<1, 2, 3>>))
    IO.inspect(byte_size(:crypto.strong_rand_bytes(0)))
    IO.inspect(:crypto.exor(<<1, 2, 3>>, <<3, 2, 1>>))
    IO.inspect(:crypto.hash_equals("abc", "abc"))
    try do
      :crypto.hash(:nope, "x")
    rescue
      e -> IO.inspect(e.__struct__)
    catch
      k, v -> IO.inspect({k, v})
    end
  end
end
