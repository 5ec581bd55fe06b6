defmodule UriQueryRoundtrip do
  def main do
    vals = ["plain", "with space", "a+b", "100%", "é ü 日本", "&=?#/", "~-._*", "\n\t", "", "'quotes\""]
    for v <- vals do
      q = URI.encode_query(%{"k" => v})
      q2 = URI.encode_query(%{"k" => v}, :rfc3986)
      IO.puts("#{inspect(v)} www:#{q} rfc:#{q2} back:#{inspect(URI.decode_query(q)["k"])} back2:#{inspect(URI.decode_query(q2, %{}, :rfc3986)["k"])}")
    end
    chars = for c <- 32..126, into: "", do: <<c>>
    IO.puts(URI.encode(chars))
    IO.puts(URI.encode_www_form(chars))
    IO.puts(URI.encode(chars, &URI.char_unreserved?/1))
    IO.puts(URI.encode(chars, &URI.char_reserved?/1))
    IO.inspect(URI.decode(URI.encode_www_form(chars)) == chars)
    IO.inspect(URI.decode_www_form(URI.encode_www_form(chars)) == chars)
    IO.inspect(for(c <- 0..127, URI.char_unescaped?(c), into: "", do: <<c>>))
    IO.inspect(URI.decode_query("a[]=1&a[]=2&b[c]=3"))
    IO.inspect(URI.query_decoder("x=1;y=2&z") |> Enum.to_list())
    IO.inspect(URI.query_decoder("a=1+2", :rfc3986) |> Enum.to_list())
    IO.inspect(URI.encode_query(Enum.map(1..5, &{"k#{&1}", &1})))
    u = %URI{scheme: "https", host: "example.com", path: "/search", query: URI.encode_query(q: "elixir lang", page: 2)}
    IO.puts(URI.to_string(u))
    IO.inspect(URI.parse(URI.to_string(u)).query |> URI.decode_query())
    IO.inspect(URI.to_string(%URI{path: "rel/path", query: "x"}))
    IO.inspect(URI.to_string(%URI{scheme: "foo", path: "bar"}))
    IO.inspect(URI.to_string(%URI{host: "h", path: "nolead"}))
  end
end
