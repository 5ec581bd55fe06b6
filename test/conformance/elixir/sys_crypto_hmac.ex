defmodule SysCryptoHmac do
  def main do
    keys = ["", "key", String.duplicate("k", 100), <<0, 255>>]
    for alg <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512], key <- keys do
      mac = :crypto.mac(:hmac, alg, key, "The quick brown fox jumps over the lazy dog")
      IO.puts("#{alg} key#{byte_size(key)} #{Base.encode16(mac, case: :lower)}")
    end
    IO.inspect(:crypto.mac(:hmac, :sha256, "k", ["io", ?d, "ata"]) == :crypto.mac(:hmac, :sha256, "k", "iodata"), label: "iodata")
    IO.inspect(:crypto.macN(:hmac, :sha256, "k", "d", 8) |> Base.encode16(), label: "macN truncated")
    s = :crypto.mac_init(:hmac, :sha, "key")
    s = :crypto.mac_update(s, "part1")
    s = :crypto.mac_update(s, "part2")
    IO.inspect(:crypto.mac_final(s) == :crypto.mac(:hmac, :sha, "key", "part1part2"), label: "incremental")
    IO.inspect(:crypto.hash_equals("abc", "abc"), label: "hash_equals")
    IO.inspect(:crypto.hash_equals("abc", "abd"), label: "hash_equals differ")
    r = try do
      :crypto.mac(:hmac, :nope, "k", "d")
    rescue
      e -> inspect(e.__struct__)
    catch
      k, v -> inspect({k, v})
    end
    IO.inspect(r, label: "bad hash")
    IO.inspect(byte_size(:crypto.strong_rand_bytes(33)), label: "rand bytes size")
    IO.inspect(:crypto.exor(<<1, 2, 3>>, <<3, 2, 1>>), label: "exor")
  rescue
    e in UndefinedFunctionError -> IO.puts("undefined: #{e.module}.#{e.function}/#{e.arity}")
  end
end
