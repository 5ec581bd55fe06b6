defmodule SysTimeConvert do
  def main do
    units = [:second, :millisecond, :microsecond, :nanosecond]
    for from <- units, to <- units do
      IO.puts("#{from} -> #{to}: #{System.convert_time_unit(1234, from, to)} #{System.convert_time_unit(-1234, from, to)}")
    end
    for n <- [1, 3, 7, 1000, 1001] do
      IO.puts("#{n}/s -> ms: #{System.convert_time_unit(2500, n, :millisecond)}; ms -> #{n}/s: #{System.convert_time_unit(2500, :millisecond, n)}")
    end
    IO.inspect(:erlang.convert_time_unit(1, :second, :native) > 0, label: "native per second")
    IO.inspect(System.convert_time_unit(1, :second, :native) == :erlang.convert_time_unit(1, :second, :native), label: "same native")
    IO.inspect(:erlang.convert_time_unit(5, :seconds, :micro_seconds), label: "legacy names")
    IO.inspect(:erlang.convert_time_unit(5, :perf_counter, :perf_counter), label: "perf_counter identity")
    IO.inspect(System.convert_time_unit(10 ** 30, :second, :nanosecond), label: "bignum")
    for bad <- [fn -> System.convert_time_unit(1, :minute, :second) end, fn -> System.convert_time_unit(1.5, :second, :millisecond) end,
                fn -> :erlang.convert_time_unit(1, 0, :second) end] do
      r = try do
        bad.()
      rescue
        e -> inspect(e.__struct__)
      end
      IO.puts(r)
    end
    t1 = System.monotonic_time(:microsecond)
    t2 = System.monotonic_time(:microsecond)
    IO.inspect(t2 >= t1, label: "monotonic")
    IO.inspect(System.system_time(:millisecond) > 1_600_000_000_000, label: "system ms")
    IO.inspect(abs(System.system_time(:second) - System.os_time(:second)) <= 1, label: "os ~ system")
    IO.inspect(abs(System.system_time(:second) - div(:os.system_time(:millisecond), 1000)) <= 1, label: ":os.system_time")
    IO.inspect(is_integer(System.time_offset()), label: "time_offset")
    {mega, sec, micro} = :erlang.timestamp()
    IO.inspect(abs(mega * 1_000_000 + sec - System.system_time(:second)) <= 1, label: "timestamp")
    IO.inspect(micro < 1_000_000, label: "micro range")
    {d, t} = :calendar.universal_time()
    IO.inspect(tuple_size(d) == 3 and tuple_size(t) == 3, label: "universal_time shape")
    IO.inspect(elem(d, 0) >= 2020, label: "year")
  end
end
