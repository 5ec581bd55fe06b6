defmodule OptionparserParse do
  def main do
    sw = [switches: [verbose: :boolean, count: :integer, name: :string, ratio: :float, tag: :keep, all: :count],
          aliases: [v: :verbose, c: :count, n: :name]]
    IO.inspect(OptionParser.parse(["--verbose", "--count", "3", "file.txt", "--name=joe"], sw))
    IO.inspect(OptionParser.parse(["-v", "-c", "7", "-n", "x", "rest", "--", "--notopt"], sw))
    IO.inspect(OptionParser.parse(["--no-verbose", "--ratio", "0.5", "--tag", "a", "--tag", "b"], sw))
    IO.inspect(OptionParser.parse(["--all", "--all", "--all"], sw))
    IO.inspect(OptionParser.parse(["--count", "abc", "--ratio", "x", "--unknown", "u"], sw))
    IO.inspect(OptionParser.parse(["--name"], sw))
    IO.inspect(OptionParser.parse(["--source-path", "lib", "--flag"], strict: [source_path: :string, flag: :boolean]))
    IO.inspect(OptionParser.parse(["--source_path", "lib"], strict: [source_path: :string]))
    IO.inspect(OptionParser.parse(["-abc"], switches: [a: :boolean, b: :boolean, c: :boolean]))
    IO.inspect(OptionParser.parse(["-x", "1"], strict: [], allow_nonexistent_atoms: true))
    IO.inspect(OptionParser.parse(["--debug", "--level", "2"], switches: [debug: :boolean]))
    IO.inspect(OptionParser.parse_head(["--verbose", "cmd", "--count", "1"], sw))
    IO.inspect(OptionParser.parse_head(["cmd", "--verbose"], sw))
    IO.inspect(OptionParser.parse!(["--count", "1"], sw))
    try do
      OptionParser.parse!(["--count", "nope", "--zz"], strict: [count: :integer])
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      OptionParser.parse!(["--zz"], strict: [count: :integer])
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    IO.inspect(OptionParser.split(~S(foo "bar baz" 'qu ux' a\ b "esc\"aped")))
    IO.inspect(OptionParser.split("  spaced   out  "))
    IO.inspect(OptionParser.to_argv([verbose: true, count: 3, name: "a b", flag: false, tag: nil]))
    IO.inspect(OptionParser.to_argv([no_op: true, c: 1], switches: [c: :count]))
    IO.inspect(OptionParser.next(["--count", "4", "x"], sw))
    IO.inspect(OptionParser.next(["x"], sw))
    IO.inspect(OptionParser.parse(["--int", "-5", "--neg", "-3.5"], strict: [int: :integer, neg: :float]))
  end
end
