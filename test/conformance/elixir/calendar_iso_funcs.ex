defmodule CalendarIsoFuncs do
  def main do
    IO.inspect(Calendar.ISO.date_to_string(2024, 3, 5, :extended))
    IO.inspect(Calendar.ISO.date_to_string(-5, 3, 5, :basic))
    IO.inspect(Calendar.ISO.time_to_string(9, 8, 7, {12, 2}, :basic))
    IO.inspect(Calendar.ISO.naive_datetime_to_string(2024, 1, 2, 3, 4, 5, {6, 1}))
    IO.inspect(Calendar.ISO.datetime_to_string(2024, 1, 2, 3, 4, 5, {0, 0}, "Etc/UTC", "UTC", 0, 0))
    IO.inspect(Calendar.ISO.datetime_to_string(2024, 1, 2, 3, 4, 5, {0, 0}, "Europe/X", "CEST", 3600, 3600))
    IO.inspect(Calendar.ISO.parse_date("2024-02-29"))
    IO.inspect(Calendar.ISO.parse_date("2023-02-29"))
    IO.inspect(Calendar.ISO.parse_time("12:34:56.789"))
    IO.inspect(Calendar.ISO.parse_naive_datetime("2024-01-01T00:00:00.1"))
    IO.inspect(Calendar.ISO.parse_utc_datetime("2024-01-01T05:00:00+05:00"))
    IO.inspect(Calendar.ISO.parse_duration("P1Y2M3DT4H5M6S"))
  rescue
    e in UndefinedFunctionError -> IO.puts("undef #{e.function}/#{e.arity}")
  after
    more()
  end

  def more do
    IO.inspect(Calendar.ISO.day_of_year(2024, 12, 31))
    IO.inspect(Calendar.ISO.quarter_of_year(2024, 7, 1))
    IO.inspect(Calendar.ISO.year_of_era(-10, 1, 1))
    IO.inspect(Calendar.ISO.day_of_era(2024, 1, 1))
    IO.inspect(Calendar.ISO.months_in_year(2024))
    IO.inspect(Calendar.ISO.valid_time?(23, 59, 60, {0, 0}))
    IO.inspect(Calendar.ISO.valid_time?(24, 0, 0, {0, 0}))
    IO.inspect(Calendar.ISO.day_rollover_relative_to_midnight_utc())
    IO.inspect(Calendar.ISO.naive_datetime_from_iso_days({738000, {43200000000, 86400000000}}))
    IO.inspect(Calendar.ISO.time_to_day_fraction(12, 0, 0, {0, 6}))
    IO.inspect(Calendar.ISO.time_from_day_fraction({1, 3}))
    IO.inspect(Calendar.compatible_calendars?(Calendar.ISO, Calendar.ISO))
    IO.inspect(Calendar.get_time_zone_database())
    IO.inspect(Calendar.UTCOnlyTimeZoneDatabase.time_zone_periods_from_wall_datetime(~N[2024-01-01 00:00:00], "Etc/UTC"))
    IO.inspect(Calendar.UTCOnlyTimeZoneDatabase.time_zone_period_from_utc_iso_days({1, {0, 1}}, "Europe/Paris"))
    IO.inspect(DateTime.now("Etc/UTC") |> elem(0))
    IO.inspect(DateTime.now("Europe/Paris"))
  end
end
