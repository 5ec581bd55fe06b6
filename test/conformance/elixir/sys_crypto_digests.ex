defmodule SysCryptoDigests do
  def main do
    inputs = ["", "abc", String.duplicate("a", 200), "ünïcödé ☃", <<0, 1, 2, 255>>]
    for alg <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512] do
      for i <- inputs do
        IO.puts("#{alg} #{inspect(i, limit: 8, printable_limit: 12)} #{Base.encode16(:crypto.hash(alg, i), case: :lower)}")
      end
    end
    for alg <- [:sha3_256, :sha3_512, :blake2b, :blake2s, :sha3_224, :sha3_384] do
      r = try do
        Base.encode16(:crypto.hash(alg, "abc"))
      rescue
        e -> "error #{inspect(e.__struct__)}"
      end
      IO.puts("#{alg}: #{r}")
    end
    IO.inspect(:crypto.hash(:sha256, ["a", ["b", ?c]]) == :crypto.hash(:sha256, "abc"), label: "iodata input")
    st = Enum.reduce(~w(a b c), :crypto.hash_init(:md5), &:crypto.hash_update(&2, &1))
    IO.inspect(:crypto.hash_final(st) == :crypto.hash(:md5, "abc"), label: "incremental md5")
    IO.inspect(Base.encode16(:erlang.md5(["ab", ?c])), label: ":erlang.md5")
    ctx = :erlang.md5_init() |> :erlang.md5_update("a") |> :erlang.md5_update("bc")
    IO.inspect(:erlang.md5_final(ctx) == :erlang.md5("abc"), label: "md5 ctx")
    IO.inspect(Enum.map([:md5, :sha, :sha256, :sha512], &byte_size(:crypto.hash(&1, "x"))), label: "sizes")
    r = try do
      :crypto.hash(:no_such_alg, "x")
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "bad alg")
    r = try do
      :crypto.hash(:sha, :atom)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "bad data")
    IO.inspect(Base.encode64(:crypto.hash(:sha256, "abc")), label: "base64")
    IO.inspect(Base.url_encode64(:crypto.hash(:sha, "abc"), padding: false), label: "url base64")
  end
end
