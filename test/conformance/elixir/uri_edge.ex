defmodule UriEdge do
  def main do
    for s <- ["http://example.com:/path", "HTTP://EXAMPLE.COM/A", "http://a/b?", "http://a/b#", "http://user@host",
              "file:///etc/hosts", "urn:isbn:0451450523", "http://例え.jp/パス", "http://h/%7Euser", "?only=query",
              "#onlyfrag", "http://h:99999/", "tel:+1-816-555-1212", "http://[2001:db8::7]/c=GB?objectClass?one",
              "ldap://[2001:db8::7]/c=GB", "git@github.com:user/repo.git", "http://a b.com/"] do
      u = URI.parse(s)
      IO.puts("#{s} => #{inspect({u.scheme, u.userinfo, u.host, u.port, u.path, u.query, u.fragment})} => #{URI.to_string(u)}")
    end
    for s <- ["http://h/p", "http://h:x/", "::", "a:b", "//h", "http://[::1", "%zz", "http://h/ p"] do
      IO.inspect(URI.new(s) |> then(fn {:ok, u} -> {:ok, URI.to_string(u)}; e -> e end))
    end
    IO.inspect(URI.encode("ü/ä ?#[]", &URI.char_unreserved?/1))
    IO.inspect(URI.encode("a+b c"))
    IO.inspect(URI.encode_www_form("~*'()!"))
    IO.inspect(URI.decode_www_form("%E2%82%AC+%2B"))
    IO.inspect(URI.decode("%E2%82%AC+"))
    IO.inspect(URI.encode_query(%{"list" => "a,b", "empty" => "", "nil" => nil}))
    IO.inspect(URI.encode_query([{"k", "v1"}, {"k", "v2"}, {:atom, 1.5}]))
    IO.inspect(URI.decode_query("&&a=1&=2&b=&c"))
    IO.inspect(URI.decode_query("a=%ZZ") |> then(&{:ok, &1}))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  after
    merges()
  end

  def merges do
    base = "http://a/b/c/d;p?q"
    rels = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g",
            "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x"]
    for r <- rels, do: IO.puts("#{inspect(r)} -> #{URI.merge(base, r)}")
    IO.inspect(URI.merge(URI.parse("http://h/a"), URI.parse("b")) |> Map.take([:host, :path]))
  end
end
