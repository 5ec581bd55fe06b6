defmodule BinMatch do
  def parse_packet(<<version::4, type::4, len::16, payload::binary-size(len), rest::binary>>),
    do: {:packet, version, type, payload, rest}
  def parse_packet(_), do: :invalid

  def utf8_chars(<<>>), do: []
  def utf8_chars(<<c::utf8, rest::binary>>), do: [c | utf8_chars(rest)]

  def bits(<<>>), do: []
  def bits(<<b::1, rest::bitstring>>), do: [b | bits(rest)]

  def words(<<w::little-16, rest::binary>>, acc), do: words(rest, [w | acc])
  def words(<<>>, acc), do: Enum.reverse(acc)
  def words(<<odd>>, acc), do: Enum.reverse([{:odd, odd} | acc])

  def main do
    IO.inspect(parse_packet(<<0x12, 0, 3, "abcde">>))
    IO.inspect(parse_packet(<<0x12, 0, 9, "abc">>))
    IO.inspect(utf8_chars("aé€😀"))
    IO.inspect(bits(<<0b1011::4>>))
    IO.inspect(words(<<1, 0, 2, 0, 3>>, []))
    <<a::float-64, b::signed-16, c::binary>> = <<3.25::float, -5::16, "rest">>
    IO.inspect({a, b, c})
    <<f32::float-32>> = <<1.5::float-32>>
    IO.inspect(f32)
    <<x::size(3), y::size(5)>> = <<0b10111111>>
    IO.inspect({x, y})
    <<_::binary-size(2), mid::binary-size(2), _::binary>> = "abcdefg"
    IO.inspect(mid)
    <<n::8, data::binary-size(n), tail::binary>> = <<3, "xyzw">>
    IO.inspect({n, data, tail})
    <<u16::utf16, u32::utf32>> = <<?€::utf16, ?z::utf32>>
    IO.inspect({u16, u32})
    <<big::big-integer-size(32)>> = <<0, 0, 1, 0>>
    <<lit::little-integer-size(32)>> = <<0, 0, 1, 0>>
    IO.inspect({big, lit})
    case "key=value" do
      <<key::binary-size(3), "=", value::binary>> -> IO.inspect({key, value})
    end
    for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: IO.inspect({r, g, b})
    IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>)
    IO.inspect(for <<bit::1 <- <<0b10100000>> >>, do: bit)
    IO.inspect(match?(<<_::binary-size(4)>>, "abcd"))
    IO.inspect(match?(<<_::binary-size(4)>>, "abc"))
    <<first, _::binary>> = "Zed"
    IO.inspect(first)
    sized = 16
    <<v::size(sized)>> = <<1, 2>>
    IO.inspect(v)
    IO.inspect(String.valid?(<<0xFF>>))
    IO.inspect(is_binary(<<1::7>>))
    IO.inspect(is_bitstring(<<1::7>>))
  end
end
