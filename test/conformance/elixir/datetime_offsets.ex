defmodule DatetimeOffsets do
  def main do
    inputs = ["2024-03-10T08:30:15Z", "2024-03-10T08:30:15.123456+05:30", "2024-03-10T00:00:00-12:00",
              "2024-03-10T23:59:60Z", "2024-03-10 08:30:15+00:00", "20240310T083015Z", "2024-03-10T08:30:15.1Z",
              "2024-03-10T08:30Z", "2024-03-10T08:30:15+0530", "2024-03-10T08:30:15+24:00", "2024-02-30T00:00:00Z",
              "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"]
    for s <- inputs do
      case DateTime.from_iso8601(s) do
        {:ok, dt, off} -> IO.puts("#{s} -> #{DateTime.to_iso8601(dt)} #{off} #{dt.microsecond |> inspect()}")
        {:error, r} -> IO.puts("#{s} -> error #{r}")
      end
    end
    for s <- inputs do
      IO.inspect(NaiveDateTime.from_iso8601(s))
    end
    {:ok, a, _} = DateTime.from_iso8601("2024-01-01T12:00:00+02:00")
    {:ok, b, _} = DateTime.from_iso8601("2024-01-01T10:00:00Z")
    IO.inspect(DateTime.compare(a, b))
    IO.inspect(DateTime.diff(a, b))
    IO.inspect(a == b)
    IO.inspect(DateTime.to_unix(~U[1969-12-31 23:59:59.999Z], :millisecond))
    IO.inspect(DateTime.from_unix(-62_167_219_200))
    IO.inspect(DateTime.from_unix(-62_167_219_201))
    IO.inspect(DateTime.from_unix(253_402_300_799))
    IO.inspect(DateTime.from_unix(253_402_300_800))
    IO.inspect(DateTime.from_unix(1, :nanosecond))
    IO.inspect(DateTime.from_unix(1_500_000_000_123_456, :microsecond))
    IO.inspect(DateTime.to_iso8601(~U[2024-01-01 00:00:00Z], :extended, 3600))
    IO.inspect(DateTime.to_iso8601(~U[2024-01-01 00:00:00Z], :basic, -5400))
    IO.inspect(DateTime.add(~U[2024-02-28 23:59:59Z], 1, :second))
    IO.inspect(DateTime.add(~U[2024-02-28 23:59:59.500Z], 600, :millisecond))
    IO.inspect(DateTime.add(~U[2024-01-01 00:00:00Z], 1, :nanosecond))
    IO.inspect(DateTime.diff(~U[2024-01-01 00:00:00.000002Z], ~U[2024-01-01 00:00:00Z], :microsecond))
    IO.inspect(NaiveDateTime.add(~N[2024-01-01 00:00:00], 1, :microsecond))
    IO.inspect(NaiveDateTime.add(~N[2024-01-01 00:00:00.0], 3, :day))
    IO.inspect(DateTime.truncate(~U[2024-01-01 00:00:00.123456Z], :millisecond))
    IO.inspect(DateTime.from_naive!(~N[2024-06-01 10:00:00.5], "Etc/UTC"))
    IO.inspect(System.convert_time_unit(1, :second, :millisecond))
    IO.inspect(System.convert_time_unit(1999, :millisecond, :second))
    IO.inspect(System.convert_time_unit(-1, :millisecond, :second))
    IO.inspect(System.convert_time_unit(3, :second, :native) > 0)
    IO.inspect(:erlang.convert_time_unit(5, :second, :microsecond))
    IO.inspect(:erlang.convert_time_unit(1, :millisecond, 30))
    t1 = System.monotonic_time()
    t2 = System.monotonic_time()
    IO.inspect(t2 >= t1)
    IO.inspect(is_integer(System.os_time(:second)))
    IO.inspect(System.system_time(:second) > 1_600_000_000)
  end
end
