defmodule SystemTimeUnits do
  def main do
    m1 = System.monotonic_time()
    m2 = System.monotonic_time()
    IO.inspect(m2 >= m1, label: "monotonic non-decreasing")
    IO.inspect(is_integer(System.monotonic_time(:millisecond)), label: "ms integer")
    ns = System.monotonic_time(:nanosecond)
    us = System.monotonic_time(:microsecond)
    IO.inspect(abs(div(ns, 1000) - us) < 1_000_000, label: "ns ~ us")

    IO.inspect(System.convert_time_unit(1, :second, :millisecond), label: "1s in ms")
    IO.inspect(System.convert_time_unit(1500, :millisecond, :second), label: "1500ms in s (floor)")
    IO.inspect(System.convert_time_unit(-1500, :millisecond, :second), label: "-1500ms in s")
    IO.inspect(System.convert_time_unit(3, :second, :nanosecond), label: "3s in ns")
    IO.inspect(System.convert_time_unit(1, :second, 10), label: "per-10 units")
    IO.inspect(System.convert_time_unit(System.convert_time_unit(1, :second, :native), :native, :microsecond), label: "native round trip")
    IO.inspect(:erlang.convert_time_unit(1, :seconds, :milli_seconds), label: "legacy unit names")

    st = System.system_time(:second)
    IO.inspect(st > 1_600_000_000, label: "system_time after 2020")
    IO.inspect(abs(System.os_time(:second) - st) <= 1, label: "os_time ~ system_time")
    offset = System.time_offset(:second)
    IO.inspect(abs(System.monotonic_time(:second) + offset - st) <= 1, label: "monotonic + offset = system")

    # unique_integer
    a = System.unique_integer([:positive, :monotonic])
    b = System.unique_integer([:positive, :monotonic])
    IO.inspect(b > a and a > 0, label: "monotonic unique increasing")
    ints = for _ <- 1..100, do: System.unique_integer()
    IO.inspect(length(Enum.uniq(ints)), label: "100 unique")
    IO.inspect(System.unique_integer([:positive]) > 0, label: "positive")

    # schedulers and misc system info
    IO.inspect(System.schedulers() >= 1, label: "schedulers")
    IO.inspect(System.schedulers_online() >= 1 and System.schedulers_online() <= System.schedulers(), label: "online <= total")
    IO.inspect(is_binary(System.otp_release()), label: "otp_release binary")
    IO.inspect(System.version(), label: "elixir version")
    IO.inspect(System.endianness(), label: "endianness")
    IO.inspect(System.compiled_endianness(), label: "compiled endianness")
    IO.inspect(:erlang.system_info(:wordsize) in [4, 8], label: "wordsize")

    # timers measured with the monotonic clock
    t0 = System.monotonic_time(:millisecond)
    Process.sleep(15)
    IO.inspect(System.monotonic_time(:millisecond) - t0 >= 15, label: "sleep measured")

    r = try do
      System.convert_time_unit(1, :second, :bogus)
    rescue
      e -> e.__struct__
    end
    IO.inspect(r, label: "bad unit")
    IO.inspect(:os.system_time(:second) >= st, label: ":os.system_time")
    IO.inspect(:erlang.monotonic_time(:second) |> is_integer(), label: ":erlang.monotonic_time")
    {mega, sec, micro} = :os.timestamp()
    IO.inspect(mega > 1000 and sec < 1_000_000 and micro < 1_000_000, label: ":os.timestamp shape")
  end
end
