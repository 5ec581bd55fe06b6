defmodule VersionMore do
  def main do
    vs = ~w(1.0.0 1.0.0-rc.1 1.0.0-rc.2 1.0.0-beta 1.0.0-beta.11 1.0.0-beta.2 1.0.0-alpha 1.0.0-alpha.1 1.0.0-alpha.beta 0.9.12 1.0.1 1.10.0 1.9.0 2.0.0-0)
    IO.inspect(Enum.sort(vs, &(Version.compare(&1, &2) != :gt)))
    reqs = ["~> 1.0", "~> 1.0.0", "~> 1.0-rc", ">= 1.0.0-rc.1", "> 1.0.0-alpha and < 1.0.0", "== 1.0.0", "< 1.0.0", "~> 0.9.10", "~> 2.0-0"]
    for r <- reqs do
      matched = Enum.filter(vs, &Version.match?(&1, r))
      IO.puts("#{r}: #{Enum.join(matched, " ")}")
    end
    for r <- reqs do
      matched = Enum.filter(vs, &Version.match?(&1, r, allow_pre: false))
      IO.puts("#{r} (no pre): #{Enum.join(matched, " ")}")
    end
    for s <- ["1", "1.2.3.4", "1.2.3-", "1.2.3+", "1.2.3-01", "1.2.3-a..b", " 1.2.3", "v1.2.3", "1.2.3-rc.1+build.1.2", "10.20.30"] do
      IO.puts("#{inspect(s)} -> #{inspect(Version.parse(s))}")
    end
    for r <- ["", "~>", "~> 1", ">= 1.0.0 or", "1.0.0", ">=1.0.0", ">= 1.0.0 and <= 2.0.0", "~> 1.0 and ~> 1.1"] do
      IO.puts("#{inspect(r)} -> #{inspect(Version.parse_requirement(r) |> then(&(if is_tuple(&1), do: elem(&1, 0), else: &1)))}")
    end
    v = Version.parse!("3.2.1")
    IO.inspect(%{v | patch: 9} |> to_string())
    IO.inspect(Version.match?(v, "~> 3.2"))
    IO.inspect(inspect(Version.parse_requirement!(">= 1.0.0")))
  end
end
