-module(timer_send_after).
-export([main/0]).
main() ->
    erlang:send_after(60, self(), second),
    erlang:send_after(20, self(), first),
    R1 = receive M1 -> M1 end,
    R2 = receive M2 -> M2 end,
    io:format("~p ~p~n", [R1, R2]),
    T = erlang:send_after(10000, self(), never),
    io:format("~p~n", [is_reference(T)]),
    Left = erlang:cancel_timer(T),
    io:format("~p~n", [is_integer(Left) andalso Left > 9000 andalso Left =< 10000]),
    io:format("~p~n", [erlang:cancel_timer(T)]),
    R = receive never -> got_it after 50 -> cancelled end,
    R.
