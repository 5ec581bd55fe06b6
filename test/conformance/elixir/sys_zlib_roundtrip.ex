defmodule SysZlibRoundtrip do
  def main do
    inputs = ["", "a", String.duplicate("abc", 1000), :binary.list_to_bin(Enum.map(0..255, & &1)), String.duplicate("ünïcödé ", 100)]
    for d <- inputs do
      c = :zlib.compress(d)
      g = :zlib.gzip(d)
      z = :zlib.zip(d)
      IO.puts("#{byte_size(d)}: compress=#{byte_size(c)} gzip=#{byte_size(g)} zip=#{byte_size(z)} ok=#{:zlib.uncompress(c) == d and :zlib.gunzip(g) == d and :zlib.unzip(z) == d}")
    end
    IO.inspect(:zlib.compress("hello") |> Base.encode16(), label: "compress hello")
    IO.inspect(:zlib.gzip("hello") |> binary_part(0, 4) |> Base.encode16(), label: "gzip header")
    IO.inspect(:zlib.zip("hello") |> Base.encode16(), label: "raw deflate")
    IO.inspect(:zlib.compress(["io", ?d, "ata"]) |> :zlib.uncompress(), label: "iodata")
    for {name, f} <- [uncompress: &:zlib.uncompress/1, gunzip: &:zlib.gunzip/1, unzip: &:zlib.unzip/1] do
      r = try do
        f.("garbage!")
      rescue
        e -> "#{inspect(e.__struct__)} #{Exception.message(e)}"
      catch
        k, v -> "#{k} #{inspect(v)}"
      end
      IO.puts("#{name} garbage: #{r}")
    end
    c = :zlib.compress(String.duplicate("x", 100))
    r = try do
      :zlib.uncompress(binary_part(c, 0, byte_size(c) - 3))
    rescue
      e -> inspect(e.__struct__)
    catch
      k, v -> "#{k} #{inspect(v)}"
    end
    IO.inspect(r, label: "truncated")
    z = :zlib.open()
    :ok = :zlib.deflateInit(z, :default, :deflated, 31, 8, :default)
    out = :zlib.deflate(z, "gzip via deflateInit/6", :finish)
    :zlib.deflateEnd(z)
    :zlib.close(z)
    IO.inspect(:zlib.gunzip(IO.iodata_to_binary(out)), label: "deflateInit/6 gzip")
    z = :zlib.open()
    :ok = :zlib.inflateInit(z, -15)
    IO.inspect(:zlib.inflate(z, :zlib.zip("raw window")) |> IO.iodata_to_binary(), label: "inflateInit raw")
    :zlib.close(z)
    IO.inspect(:zlib.crc32(:zlib.open(), "abc") == :erlang.crc32("abc"), label: "crc32")
    IO.inspect(:zlib.adler32(:zlib.open(), "abc") == :erlang.adler32("abc"), label: "adler32")
    IO.inspect(:erlang.crc32(:erlang.crc32("ab"), "c") == :erlang.crc32("abc"), label: "crc32 continue")
    IO.inspect(:erlang.term_to_binary(String.duplicate("y", 500), compressed: 9) |> byte_size() < 100, label: "compressed t2b")
    IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary({:t, String.duplicate("y", 500)}, [:compressed])) |> elem(0), label: "b2t compressed")
  end
end
