defmodule OptionparserMore do
  def main do
    IO.inspect(OptionParser.parse(["--jobs", "4", "--jobs", "8"], strict: [jobs: :integer]))
    IO.inspect(OptionParser.parse(["--path", "a", "--path", "b"], strict: [path: :keep]))
    IO.inspect(OptionParser.parse(["--path", "a", "--path", "b"], strict: [path: [:string, :keep]]))
    IO.inspect(OptionParser.parse(["--n", "1", "--n", "2"], strict: [n: [:integer, :keep]]))
    IO.inspect(OptionParser.parse(["-vvv"], strict: [verbose: :count], aliases: [v: :verbose]))
    IO.inspect(OptionParser.parse(["-v", "-v"], strict: [verbose: :count], aliases: [v: :verbose]))
    IO.inspect(OptionParser.parse(["--flag=true", "--other=false"], strict: [flag: :boolean, other: :boolean]))
    IO.inspect(OptionParser.parse(["--flag=yes"], strict: [flag: :boolean]))
    IO.inspect(OptionParser.parse(["--no-color"], strict: [color: :boolean]))
    IO.inspect(OptionParser.parse(["--no-color"], strict: [no_color: :boolean]))
    IO.inspect(OptionParser.parse(["--", "--x"], strict: [x: :boolean]))
    IO.inspect(OptionParser.parse(["-", "x"], strict: []))
    IO.inspect(OptionParser.parse(["--Upper"], strict: [upper: :boolean]))
    IO.inspect(OptionParser.parse(["--x-y=1"], switches: [x_y: :integer]))
    IO.inspect(OptionParser.parse(["--ratio", "1"], strict: [ratio: :float]))
    IO.inspect(OptionParser.parse(["--ratio", "1e3"], strict: [ratio: :float]))
    IO.inspect(OptionParser.parse(["--num", "0x10"], strict: [num: :integer]))
    IO.inspect(OptionParser.parse(["-a", "1", "-b"], aliases: [a: :alpha], strict: [alpha: :integer, b: :boolean]))
    IO.inspect(OptionParser.parse(["arg1", "--s", "v", "arg2"], strict: [s: :string]))
    IO.inspect(OptionParser.parse(["arg1", "--s", "v", "arg2"], strict: [s: :string], return_separator: true))
    IO.inspect(OptionParser.parse(["--", "a"], strict: [], return_separator: true))
    IO.inspect(OptionParser.parse_head!(["--s", "v", "sub", "--t"], strict: [s: :string]))
    IO.inspect(OptionParser.split(~S(a "b c" d\ e 'f "g" h' "i\\j")))
    IO.inspect(OptionParser.split(""))
    IO.inspect(OptionParser.to_argv([a_b: "1", c: [1, 2]], switches: [c: :keep]))
    IO.inspect(OptionParser.to_argv(flag: true, no_flag: false))
    try do
      OptionParser.parse!(["--a", "x"], strict: [a: :integer], aliases: [])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      OptionParser.parse(["--a"], strict: [a: :bogus_type])
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
