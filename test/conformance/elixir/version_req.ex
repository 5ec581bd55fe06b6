defmodule VersionReq do
  def main do
    {:ok, v} = Version.parse("1.2.3-rc.1+build.5")
    IO.inspect(v)
    IO.inspect({v.major, v.minor, v.patch, v.pre, v.build})
    IO.puts(to_string(v))
    IO.inspect(Version.parse("1.2"))
    IO.inspect(Version.parse("01.2.3"))
    IO.inspect(Version.parse!("0.0.1"))
    IO.inspect(Version.compare("1.2.3", "1.10.0"))
    IO.inspect(Version.compare("1.0.0-alpha", "1.0.0"))
    IO.inspect(Version.compare("1.0.0-alpha.1", "1.0.0-alpha.beta"))
    IO.inspect(Version.compare("1.0.0-2", "1.0.0-10"))
    IO.inspect(Version.compare("1.0.0+a", "1.0.0+b"))
    for {ver, req} <- [{"1.2.3", "~> 1.2"}, {"2.0.0", "~> 1.2"}, {"1.2.9", "~> 1.2.3"}, {"1.3.0", "~> 1.2.3"},
                       {"1.0.0", ">= 1.0.0 and < 2.0.0"}, {"3.0.0", "< 1.0.0 or >= 3.0.0"}, {"1.0.0-rc", ">= 0.9.0"},
                       {"1.0.0-rc", "== 1.0.0-rc"}, {"0.5.0", "!= 0.5.0"}, {"1.1.0", "> 1.0.0"}] do
      IO.puts("#{ver} #{req} -> #{Version.match?(ver, req)}")
    end
    IO.inspect(Version.match?("1.0.0-rc", ">= 0.9.0", allow_pre: false))
    IO.inspect(Version.parse_requirement("~> 2.0"))
    IO.inspect(Version.parse_requirement("=> 2.0"))
    {:ok, r} = Version.parse_requirement("~> 1.4 or ~> 2.0")
    IO.inspect(r)
    IO.inspect(Version.match?("2.1.0", r))
    IO.inspect(Version.compile_requirement(r) |> then(&Version.match?("1.5.0", &1)))
    IO.inspect(Enum.sort(["1.10.0", "1.2.0", "1.2.0-rc.0", "0.9.9"], Version))
    IO.inspect(Version.to_string(%Version{major: 1, minor: 0, patch: 0, pre: ["beta", 2]}))
    try do
      Version.parse!("nope")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      Version.match?("1.0.0", "~> x")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
