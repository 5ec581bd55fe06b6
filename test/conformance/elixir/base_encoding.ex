defmodule BaseEncoding do
  def main do
    data = ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<0, 255, 254, 1>>]
    for d <- data do
      IO.puts(Enum.join([inspect(d), Base.encode16(d), Base.encode16(d, case: :lower), Base.encode32(d),
        Base.encode32(d, padding: false), Base.hex_encode32(d), Base.encode64(d), Base.encode64(d, padding: false),
        Base.url_encode64(d), Base.url_encode64(d, padding: false)], " | "))
    end
    IO.inspect(Base.decode16("666F6F"))
    IO.inspect(Base.decode16("666f6f"))
    IO.inspect(Base.decode16("666f6f", case: :lower))
    IO.inspect(Base.decode16("666F6", case: :mixed))
    IO.inspect(Base.decode16("66Zz"))
    IO.inspect(Base.decode32("MZXW6YTBOI======"))
    IO.inspect(Base.decode32("MZXW6YTBOI", padding: false))
    IO.inspect(Base.decode32("mzxw6ytboi======", case: :lower))
    IO.inspect(Base.hex_decode32("CPNMUOJ1E8======"))
    IO.inspect(Base.decode64("Zm9vYmFy"))
    IO.inspect(Base.decode64("Zm9vYg=="))
    IO.inspect(Base.decode64("Zm9vYg"))
    IO.inspect(Base.decode64("Zm9vYg", padding: false))
    IO.inspect(Base.decode64("Zm9v\nYmFy", ignore: :whitespace))
    IO.inspect(Base.decode64("Zm9v!!"))
    IO.inspect(Base.url_decode64("AP_-AQ=="))
    IO.inspect(Base.url_decode64("AP_-AQ", padding: false))
    IO.inspect(Base.decode64!("AP/+AQ=="))
    IO.inspect(Base.encode64(String.duplicate("x", 100)))
    for bad <- [fn -> Base.decode16!("F") end, fn -> Base.decode64!("@@@@") end, fn -> Base.decode32!("A") end,
                fn -> Base.url_decode64!("AP/+") end] do
      try do
        bad.()
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
    big = :binary.copy(<<1, 2, 3, 250>>, 1000)
    IO.inspect(Base.decode64!(Base.encode64(big)) == big)
    IO.inspect(Base.decode32!(Base.encode32(big)) == big)
    IO.inspect(Base.decode16!(Base.encode16(big)) == big)
  end
end
