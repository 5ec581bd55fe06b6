defmodule CryptoHashes do
  def main do
    for alg <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512] do
      IO.puts("#{alg}: #{Base.encode16(:crypto.hash(alg, "The quick brown fox"), case: :lower)}")
    end
    IO.puts(Base.encode16(:crypto.hash(:sha256, "")))
    IO.puts(Base.encode16(:crypto.hash(:sha256, ["io", ?l, "ist"])))
    IO.puts(Base.encode16(:crypto.hash(:md5, String.duplicate("a", 1000))))
    s = :crypto.hash_init(:sha256)
    s = :crypto.hash_update(s, "The quick ")
    s = :crypto.hash_update(s, "brown fox")
    IO.puts(Base.encode16(:crypto.hash_final(s), case: :lower))
    IO.puts(Base.encode16(:crypto.mac(:hmac, :sha256, "key", "message"), case: :lower))
    IO.puts(Base.encode16(:crypto.mac(:hmac, :sha, "", ""), case: :lower))
    IO.puts(Base.encode64(:crypto.mac(:hmac, :md5, "k", "data")))
    IO.inspect(byte_size(:crypto.strong_rand_bytes(16)))
    IO.inspect(:crypto.hash(:sha, "abc") |> byte_size())
    IO.inspect(:erlang.md5("abc") == :crypto.hash(:md5, "abc"))
    IO.inspect(:erlang.crc32("hello"))
    IO.inspect(:erlang.adler32("hello"))
    IO.inspect(:erlang.phash2({:a, "b", [1]}))
    IO.inspect(:erlang.phash2("x", 100))
  end
end
