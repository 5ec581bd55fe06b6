defmodule BinBitstringOps do
  def rev_bits(<<>>), do: <<>>
  def rev_bits(<<b::1, rest::bitstring>>), do: <<rev_bits(rest)::bitstring, b::1>>

  def main do
    IO.inspect(<<1.5::float-16>>)
    <<h::float-16>> = <<0x3C00::16>>
    IO.inspect(h)
    IO.inspect(rev_bits(<<0b1100101::7>>))
    IO.inspect(for <<x::3 <- <<0b101110001::9>> >>, do: x)
    IO.inspect(for <<x::size(4)-unit(2) <- "abcd">>, do: x)
    IO.inspect(:erlang.split_binary("abcdef", 2))
    IO.inspect(:binary.at("xyz", 1))
    IO.inspect(:erlang.bitstring_to_list(<<1, 2, 3::4>>))
    IO.inspect(:erlang.list_to_bitstring([1, <<2::4>>]))
    base = "0123456789"
    sub = binary_part(base, 2, 5)
    grown = sub <> "abc"
    IO.inspect({sub, grown, base})
    grown2 = sub <> "XYZ"
    IO.inspect({grown, grown2})
    acc = Enum.reduce(1..5, <<>>, fn i, a -> <<a::bitstring, i::3>> end)
    IO.inspect(acc)
    IO.inspect(bit_size(acc))
    <<_::5, tail::bitstring>> = acc
    t2 = <<tail::bitstring, 1::1>>
    t3 = <<tail::bitstring, 0::1>>
    IO.inspect({tail, t2, t3})
    abc = "abc"
    IO.inspect(<<abc::binary-size(2), "def"::binary>>)
    IO.inspect(<<0::7, 1::1, 255::8>> == <<1, 255>>)
    IO.inspect(<<-1::signed-size(12)>>)
    <<neg::signed-size(12), _::4>> = <<-100::signed-size(12), 0::4>>
    IO.inspect(neg)
    IO.inspect(<<Integer.pow(2, 70)::size(80)>>)
    <<big::size(80)>> = <<Integer.pow(2, 70)::size(80)>>
    IO.inspect(big)
    IO.inspect(<<1::little-size(20)>>)
    <<lv::little-size(20), _::4>> = <<1::little-size(20), 0::4>>
    IO.inspect(lv)
    IO.inspect(<<?a::utf8, 128::utf8, 2048::utf8, 65536::utf8>>)
    IO.inspect(match?(<<_::utf8>>, <<0xC0, 0x80>>))
    IO.inspect(String.valid?(<<0xED, 0xA0, 0x80>>))
    try do
      <<0xD800::utf8>>
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      <<1::size(-1)>>
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.inspect(:erlang.binary_to_list("abc", 2, 3))
    IO.inspect(:binary.referenced_byte_size(binary_part(String.duplicate("x", 100), 0, 3)) >= 3)
    IO.inspect(:crypto.hash(:md5, "abc") |> Base.encode16(case: :lower))
    IO.inspect(:erlang.crc32("hello"))
    IO.inspect(:erlang.adler32("hello"))
    IO.inspect(:erlang.md5("hello") |> Base.encode16())
  end
end
