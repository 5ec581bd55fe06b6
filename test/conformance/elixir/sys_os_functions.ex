defmodule SysOsFunctions do
  def main do
    {family, name} = :os.type()
    IO.inspect({family, name}, label: ":os.type")
    IO.inspect(is_tuple(:os.version()), label: ":os.version tuple")
    IO.inspect(is_list(:os.getpid()), label: ":os.getpid charlist")
    IO.inspect(is_integer(:os.system_time()), label: ":os.system_time")
    IO.inspect(:os.system_time(:second) > 1_600_000_000, label: "seconds")
    IO.inspect(:os.perf_counter() |> is_integer(), label: "perf_counter")
    IO.inspect(:os.perf_counter(:millisecond) |> is_integer(), label: "perf_counter ms")
    IO.inspect(:os.getenv('POPCORN_OS_NOPE'), label: "getenv false")
    IO.inspect(:os.putenv('POPCORN_OS_X', 'y'), label: "putenv")
    IO.inspect(:os.getenv('POPCORN_OS_X'), label: "getenv")
    IO.inspect(:os.unsetenv('POPCORN_OS_X'), label: "unsetenv")
    IO.inspect(:os.getenv('POPCORN_OS_X'), label: "getenv unset")
    IO.inspect(:os.env() |> is_list(), label: ":os.env list")
    IO.inspect(Enum.all?(:os.env(), fn {k, v} -> is_list(k) and is_list(v) end), label: ":os.env pairs")
    r = try do
      :os.putenv(:atom, 'x')
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "putenv bad")
    IO.inspect(:os.timestamp() |> tuple_size(), label: "timestamp size")
    IO.inspect(:erlang.system_info(:os_type), label: "system_info os_type")
  end
end
