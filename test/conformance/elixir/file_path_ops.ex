defmodule FilePathOps do
  def main do
    for args <- [["a", "b"], ["/a/", "/b/"], ["a", ""], ["", "b"], ["a/", "../b"], ["/", "x"], ["a//b", "c//"]] do
      IO.puts("join #{inspect(args)} -> #{inspect(Path.join(args))}")
    end
    IO.inspect(Path.join("a", "b"), label: "join/2")
    IO.inspect(Path.join(["single"]), label: "join one")
    IO.inspect(Path.join([~c"char", "bin", [?x, "y"]]), label: "join chardata")
    for p <- ["/a/b/c", "a/b/", "/", "", "a", "//a//b//", "./a/./b", "~/x"] do
      IO.puts("split #{inspect(p)} -> #{inspect(Path.split(p))}")
    end
    for p <- ["/a/b/../c", "/a/./b/", "/..", "/a/../../b", "a/b/..", "/a//b"] do
      IO.puts("expand #{inspect(p)} -> #{inspect(Path.expand(p, "/base"))}")
    end
    IO.inspect(Path.expand("../x", "/base/dir"), label: "expand relative to")
    IO.inspect(Path.expand("/abs", "/base"), label: "expand absolute ignores base")
    for {p, from} <- [{"/a/b/c", "/a"}, {"/a/b", "/a/b"}, {"/a/b", "/c"}, {"a/b/c", "a"}, {"/a/bc", "/a/b"}, {"/a/b/", "/a"}] do
      IO.puts("relative_to #{p} #{from} -> #{inspect(Path.relative_to(p, from))}")
    end
    for p <- ["/a", "a", "./a", "../a", "~/a", "/"] do
      IO.puts("type #{p} -> #{Path.type(p)}")
    end
    IO.inspect(Path.relative("/a/b"), label: "relative")
    IO.inspect(Path.relative("a/b"), label: "relative already")
    IO.inspect(Path.absname("/x/y", "/ignored"), label: "absname absolute")
    IO.inspect(Path.absname("x/../y", "/base"), label: "absname keeps ..")
    IO.inspect(Path.safe_relative("a/b/../c"), label: "safe_relative")
    IO.inspect(Path.safe_relative("/abs"), label: "safe_relative absolute")
    IO.inspect(Path.safe_relative_to("a/../..", "/cwd"), label: "safe_relative_to escape")
  end
end
