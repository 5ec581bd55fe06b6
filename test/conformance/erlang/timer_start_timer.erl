-module(timer_start_timer).
-export([main/0]).
main() ->
    Ref = erlang:start_timer(30, self(), ping),
    receive {timeout, Ref, ping} -> io:format("timeout message matched~n") end,
    R2 = erlang:start_timer(5000, self(), x),
    T = erlang:read_timer(R2),
    io:format("~p~n", [T > 4000 andalso T =< 5000]),
    erlang:cancel_timer(R2),
    io:format("~p~n", [erlang:read_timer(R2)]),
    R3 = erlang:start_timer(0, self(), zero),
    receive {timeout, R3, zero} -> io:format("zero timer fired~n") end,
    io:format("~p~n", [erlang:cancel_timer(R3)]),
    io:format("~p~n", [try erlang:send_after(-1, self(), x) catch error:E -> E end]),
    ok.
