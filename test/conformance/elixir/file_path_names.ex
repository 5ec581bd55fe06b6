defmodule FilePathNames do
  def main do
    for p <- ["/a/b/c.txt", "c.tar.gz", ".bashrc", "dir/", "noext", "/", "a.b/c", "x.", "..", "a/.hidden.ex"] do
      IO.puts("#{inspect(p)}: base=#{inspect(Path.basename(p))} dir=#{inspect(Path.dirname(p))} ext=#{inspect(Path.extname(p))} root=#{inspect(Path.rootname(p))}")
    end
    IO.inspect(Path.basename("/a/b/c.ex", ".ex"), label: "basename strip ext")
    IO.inspect(Path.basename("/a/b/c.ex", ".exs"), label: "basename other ext")
    IO.inspect(Path.basename("/a/b/c.ex", "c.ex"), label: "basename whole name")
    IO.inspect(Path.rootname("/a/b/c.tar.gz", ".gz"), label: "rootname ext")
    IO.inspect(Path.rootname("/a/b/c.tar.gz", ".tar"), label: "rootname wrong ext")
    IO.inspect(Path.basename(~c"char/list.erl"), label: "charlist basename")
    IO.inspect(Path.dirname(~c"char/list.erl"), label: "charlist dirname")
    IO.inspect(Path.extname("ünï/çödé.ëx"), label: "unicode extname")
    IO.inspect(:filename.basename('/a/b.erl', '.erl'), label: ":filename.basename")
    IO.inspect(:filename.join(['a', "b", :c]), label: ":filename.join")
    IO.inspect(:filename.extension("x.tar.gz"), label: ":filename.extension")
    IO.inspect(:filename.rootname("x.tar.gz"), label: ":filename.rootname")
    IO.inspect(:filename.split("/usr/local/bin"), label: ":filename.split")
    IO.inspect(:filename.absname("x", "/base"), label: ":filename.absname")
    IO.inspect(:filename.dirname('a/b/c'), label: ":filename.dirname")
    IO.inspect(:filename.pathtype("/x"), label: ":filename.pathtype")
    IO.inspect(:filename.flatten(['a', ["b", [:c]]]), label: ":filename.flatten")
  end
end
