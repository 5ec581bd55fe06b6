defmodule CalendarStrftime do
  def main do
    dt = ~U[2024-03-05 14:07:09.123456Z]
    for fmt <- ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y %I:%M %p %P", "%j %u %f %3f",
                "%-d|%-m|%_d|%0d|%10Y|%-H", "%c", "%x", "%X", "%q %%", "%z %Z", "%-I%-M %_5S %010f %-j"] do
      IO.puts("#{fmt} => " <> Calendar.strftime(dt, fmt))
    end
    IO.puts(Calendar.strftime(~D[2024-12-25], "%A, %B %-d, %Y"))
    IO.puts(Calendar.strftime(~T[00:05:00], "%I:%M %p"))
    IO.puts(Calendar.strftime(~N[2024-01-01 12:00:00], "%H %I %p"))
    IO.puts(Calendar.strftime(dt, "%A", day_of_week_names: fn d -> Enum.at(~w(lun mar mer jeu ven sam dim), d - 1) end))
    IO.puts(Calendar.strftime(dt, "%b", abbreviated_month_names: fn m -> "M#{m}" end))
    IO.puts(Calendar.strftime(dt, "%p", am_pm_names: fn :am -> "matin"; :pm -> "soir" end))
    IO.puts(Calendar.strftime(dt, "%c", preferred_datetime: "%Y/%m/%d"))
    try do
      Calendar.strftime(~D[2024-01-01], "%H")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      Calendar.strftime(dt, "%Q")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    IO.inspect(Calendar.truncate({123456, 6}, :millisecond))
  end
end
