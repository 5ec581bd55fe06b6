defmodule BaseMore do
  def main do
    all = for b <- 0..255, into: <<>>, do: <<b>>
    IO.puts(Base.encode64(all))
    IO.puts(Base.url_encode64(all))
    IO.puts(Base.encode32(binary_part(all, 200, 56)))
    IO.puts(Base.hex_encode32(binary_part(all, 0, 40), case: :lower))
    IO.puts(Base.encode16(binary_part(all, 240, 16)))
    IO.inspect(Base.decode64(Base.encode64(all)) == {:ok, all})
    IO.inspect(Base.url_decode64(Base.url_encode64(all, padding: false), padding: false) == {:ok, all})
    IO.inspect(Base.hex_decode32(Base.hex_encode32(all)) == {:ok, all})
    for n <- 0..7 do
      d = binary_part(all, 100, n)
      IO.puts("#{n}: #{Base.encode32(d)} #{Base.encode32(d, padding: false)} #{Base.encode64(d)} #{Base.encode64(d, padding: false)}")
    end
    bad = ["Zm9vYmFy=", "Zm9vYmF=", "Zm9=vYmFy", "Zm9vYmFy====", "Z", "Zg=", "Zg", "Zh==", "Zm9vYmFy\n"]
    for b <- bad, do: IO.puts("#{inspect(b)} #{inspect(Base.decode64(b))} #{inspect(Base.decode64(b, padding: false))}")
    bad32 = ["MY======", "MY", "MZXQ====", "MZXQ", "MZXW6===", "1", "my======", "MY=====", "MZXW6YQ="]
    for b <- bad32, do: IO.puts("#{inspect(b)} #{inspect(Base.decode32(b))} #{inspect(Base.decode32(b, padding: false))} #{inspect(Base.decode32(b, case: :mixed))}")
    IO.inspect(Base.decode16("aBcD", case: :mixed))
    IO.inspect(Base.decode16("aBcD"))
    IO.inspect(Base.encode16(<<>>))
    IO.inspect(Base.decode64(" Zm9v ", ignore: :whitespace))
  end
end
