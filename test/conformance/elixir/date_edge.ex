defmodule DateEdge do
  def main do
    for y <- [1600, 1700, 1900, 2000, 2023, 2024, 2100, 0, -4, -1] do
      IO.write("#{y}:#{Calendar.ISO.leap_year?(y)} ")
    end
    IO.puts("")
    IO.inspect(Date.new(0, 1, 1))
    IO.inspect(Date.new(-1, 12, 31))
    IO.inspect(Date.add(~D[0000-01-01], -1))
    IO.inspect(Date.to_iso8601(~D[-0001-12-31]))
    IO.inspect(Date.from_iso8601("-0001-12-31"))
    IO.inspect(Date.from_iso8601("+2024-01-01"))
    IO.inspect(Date.new(10000, 1, 1))
    IO.inspect(Date.diff(~D[2000-03-01], ~D[2000-02-28]))
    IO.inspect(Date.diff(~D[1900-03-01], ~D[1900-02-28]))
    IO.inspect(Enum.map(1..12, &Date.days_in_month(Date.new!(2023, &1, 1))))
    IO.inspect(Enum.map(~w(2024-01-01 2024-06-15 2024-12-31 2025-01-01 1970-01-01)a |> Enum.map(&Atom.to_string/1),
      fn s -> d = Date.from_iso8601!(s); {Date.day_of_week(d), Date.day_of_year(d), Date.quarter_of_year(d)} end))
    IO.inspect(Date.beginning_of_week(~D[2024-03-10], :sunday))
    IO.inspect(Date.end_of_week(~D[2024-03-10], :saturday))
    IO.inspect(Date.beginning_of_week(~D[2024-03-10], :wednesday))
    IO.inspect(:calendar.iso_week_number({2024, 12, 30}))
    IO.inspect(:calendar.iso_week_number({2021, 1, 3}))
    IO.inspect(:calendar.day_of_the_week(2024, 3, 10))
    IO.inspect(:calendar.date_to_gregorian_days(2024, 1, 1))
    IO.inspect(:calendar.gregorian_days_to_date(739251))
    IO.inspect(:calendar.datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}))
    IO.inspect(:calendar.gregorian_seconds_to_datetime(63_000_000_000))
    IO.inspect(:calendar.valid_date(2023, 2, 29))
    IO.inspect(:calendar.last_day_of_the_month(2024, 2))
    IO.inspect(:calendar.time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 1, 2}, {1, 1, 1}}))
    IO.inspect(:calendar.seconds_to_daystime(100_000))
    IO.inspect(:calendar.system_time_to_rfc3339(0, [{:offset, 'Z'}]))
    IO.inspect(:calendar.system_time_to_rfc3339(1_700_000_000_123, [{:unit, :millisecond}, {:offset, '+02:00'}]))
    IO.inspect(:calendar.rfc3339_to_system_time('2024-03-10T08:30:15+01:00'))
    IO.inspect(Date.range(~D[2024-01-31], ~D[2024-01-01], -7) |> Enum.to_list())
    IO.inspect(Date.range(~D[2024-01-01], ~D[2023-12-31], 1) |> Enum.to_list())
    IO.inspect(Enum.member?(Date.range(~D[2024-01-01], ~D[2024-12-31], 2), ~D[2024-01-03]))
    IO.inspect(Enum.member?(Date.range(~D[2024-01-01], ~D[2024-12-31], 2), ~D[2024-01-04]))
    IO.inspect(Date.compare(~D[2024-01-01], ~N[2024-01-01 23:00:00]))
    IO.inspect(Date.convert(~D[2024-01-01], Calendar.ISO))
    IO.inspect(Date.to_string(~N[2024-05-06 01:02:03]))
    IO.inspect(inspect(%{__struct__: Date, calendar: Calendar.ISO, year: 2024, month: 13, day: 1}))
    try do
      Date.new!(2024, 2, 30)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      Date.from_iso8601!("2024-1-1")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
