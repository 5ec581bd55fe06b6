-module(timer_monotonic).
-export([main/0]).
main() ->
    T0 = erlang:monotonic_time(millisecond),
    timer:sleep(50),
    T1 = erlang:monotonic_time(millisecond),
    io:format("~p~n", [T1 - T0 >= 50]),
    io:format("~p~n", [is_integer(erlang:system_time(second))]),
    io:format("~p~n", [erlang:convert_time_unit(1, second, millisecond)]),
    io:format("~p~n", [erlang:convert_time_unit(1500, millisecond, second)]),
    {_, _, _} = os:timestamp(),
    {_, _, _} = erlang:timestamp(),
    {Date, Time} = calendar:universal_time(),
    io:format("~p~n", [{tuple_size(Date), tuple_size(Time)}]),
    io:format("~p~n", [calendar:gregorian_days_to_date(738000)]),
    io:format("~p~n", [calendar:day_of_the_week({2024, 2, 29})]),
    calendar:valid_date(2023, 2, 29).
