defmodule UriParse do
  def main do
    u = URI.parse("https://user:pw@example.com:8443/a/b%20c?x=1&y=two#frag")
    IO.inspect(u)
    IO.inspect({u.scheme, u.userinfo, u.host, u.port, u.path, u.query, u.fragment})
    IO.inspect(URI.parse("http://example.com").port)
    IO.inspect(URI.parse("ftp://h/").port)
    IO.inspect(URI.parse("mailto:joe@example.com"))
    IO.inspect(URI.parse("/relative/path?q"))
    IO.inspect(URI.parse("//host.only"))
    IO.inspect(URI.parse("http://[::1]:4000/x"))
    IO.inspect(URI.parse(""))
    IO.puts(URI.to_string(u))
    IO.puts(URI.to_string(%URI{scheme: "http", host: "h", path: "/p", query: "a=b"}))
    IO.puts(URI.to_string(%URI{scheme: "https", host: "h", port: 443}))
    IO.puts(to_string(URI.parse("http://h:80/")))
    IO.inspect(URI.new("https://elixir-lang.org/"))
    IO.inspect(URI.new("bad uri with spaces"))
    IO.inspect(URI.new!("x:y"))
    IO.inspect(URI.encode("a b/c?d=é&"))
    IO.inspect(URI.encode("a b/c", &URI.char_unreserved?/1))
    IO.inspect(URI.encode_www_form("a b&c=d/é"))
    IO.inspect(URI.decode("a%20b%2Fc%C3%A9"))
    IO.inspect(URI.decode_www_form("a+b%26c"))
    IO.inspect(URI.encode_query(%{"a" => "1 2", "b" => "x&y"}))
    IO.inspect(URI.encode_query([a: 1, b: "é", c: :d]))
    IO.inspect(URI.encode_query([q: "a b"], :rfc3986))
    IO.inspect(URI.decode_query("a=1&b=2+3&c=%41&a=4"))
    IO.inspect(URI.decode_query("x=1", %{"y" => "0"}))
    IO.inspect(URI.decode_query("a=%20+b", %{}, :rfc3986))
    IO.inspect(URI.query_decoder("a=1&b&c=") |> Enum.to_list())
    base = URI.parse("http://example.com/a/b/c?q=1")
    for rel <- ["d", "../d", "/x/y", "?z=2", "#f", "//other.org/p", "g/./h/../i", "", "https://new/"] do
      IO.puts("#{rel} -> #{URI.merge(base, rel)}")
    end
    IO.inspect(URI.default_port("https"))
    IO.inspect(URI.default_port("unknown"))
    IO.inspect(URI.char_reserved?(?:))
    IO.inspect(URI.char_unescaped?(?%))
    try do
      URI.decode("%zz")
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      URI.merge("relative", "x")
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(URI.append_query(URI.parse("http://h/?a=1"), "b=2") |> to_string())
  end
end
