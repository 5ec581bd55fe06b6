defmodule BitstringOps do
  def main do
    b = <<5::4, 10::4, 1::1, 0::7>>
    IO.inspect(b)
    <<hi::4, lo::4, flag::1, _::7>> = b
    IO.inspect({hi, lo, flag})
    IO.inspect(<<1::size(1), 1::size(2)>>)
    IO.inspect(bit_size(<<1::13>>))
    IO.inspect(byte_size(<<1::13>>))
    IO.inspect(<<-1::signed-16>>)
    IO.inspect(<<-1::16-little>>)
    <<v::signed-big-24>> = <<255, 255, 254>>
    IO.inspect(v)
    IO.inspect(<<1.5::float-64>>)
    IO.inspect(<<1.5::float-32-little>>)
    <<f::float>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
    IO.inspect(f)
    IO.inspect(<<"héllo"::binary, 0>>)
    IO.inspect(<<0x41::utf8, 0x263A::utf8>>)
    <<c::utf8, rest::binary>> = "☺x"
    IO.inspect({c, rest})
    <<u16::utf16-little, _::binary>> = <<0x3A, 0x26, 0>>
    IO.inspect(u16)
    IO.inspect(for <<b1::1 <- <<0b10110000>> >>, do: b1)
    IO.inspect(for <<x::binary-2 <- "aabbcc">>, do: x)
    <<len::8, payload::binary-size(len), tail::bitstring>> = <<3, "abcde">>
    IO.inspect({len, payload, tail})
    IO.inspect(:erlang.bitstring_to_list(<<1, 2::3>>))
    IO.inspect(:erlang.list_to_bitstring([1, <<2::3>>]))
    IO.inspect(is_binary(<<1::7>>))
    IO.inspect(is_bitstring(<<1::7>>))
    IO.inspect(<<1, 2>> <> <<3>>)
    size = 12
    <<n::size(size), _::4>> = <<0xAB, 0xCD>>
    IO.inspect(n)
    IO.inspect(<<12345678901234567890::128>>)
    <<big::128>> = <<12345678901234567890::128>>
    IO.inspect(big)
    IO.inspect(<<1::size(8)-unit(2)>>)
    IO.inspect(String.valid?(<<0xC0, 0x80>>))
    IO.inspect(:binary.bin_to_list(<<-2::8>>))
    IO.inspect(Base.encode16(<<1::1, 0::1, 1::6>>))
    try do
      <<x::8>> = <<1, 2>>
      IO.inspect(x)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
