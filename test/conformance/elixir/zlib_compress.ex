defmodule ZlibCompress do
  def main do
    data = String.duplicate("hello zlib world ", 50)
    c = :zlib.compress(data)
    IO.inspect(byte_size(c) < byte_size(data))
    IO.inspect(:zlib.uncompress(c) == data)
    g = :zlib.gzip(data)
    IO.inspect(binary_part(g, 0, 2))
    IO.inspect(:zlib.gunzip(g) == data)
    z = :zlib.zip(data)
    IO.inspect(:zlib.unzip(z) == data)
    IO.inspect(:zlib.uncompress(:zlib.compress("")))
    IO.inspect(:zlib.compress("abc") |> Base.encode16())
    IO.inspect(:zlib.zip("abc") |> Base.encode16())
    IO.inspect(:zlib.uncompress(Base.decode16!("789C4B4C4A0600024D0127")))
    IO.inspect(:zlib.gunzip(Base.decode16!("1F8B08000000000000034B4C4A0600C241243503000000")))
    zs = :zlib.open()
    :ok = :zlib.deflateInit(zs, :best_compression)
    d1 = :zlib.deflate(zs, "part one, ")
    d2 = :zlib.deflate(zs, "part two", :finish)
    :ok = :zlib.deflateEnd(zs)
    :zlib.close(zs)
    IO.inspect(:zlib.uncompress(IO.iodata_to_binary([d1, d2])))
    zs2 = :zlib.open()
    :ok = :zlib.inflateInit(zs2)
    out = :zlib.inflate(zs2, :zlib.compress("streamed inflate"))
    IO.inspect(IO.iodata_to_binary(out))
    :zlib.inflateEnd(zs2)
    :zlib.close(zs2)
    IO.inspect(:zlib.crc32(:zlib.open(), "hello") )
    try do
      :zlib.uncompress("not compressed")
    rescue
      e -> IO.inspect(e)
    catch
      k, v -> IO.inspect({k, v})
    end
    big = :crypto.hash(:sha512, "seed") |> :binary.copy(200)
    IO.inspect(:zlib.uncompress(:zlib.compress(big)) == big)
  end
end
