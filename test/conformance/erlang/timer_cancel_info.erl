-module(timer_cancel_info).
-export([main/0]).
main() ->
    T1 = erlang:send_after(100000, self(), a),
    io:format("~p~n", [erlang:cancel_timer(T1, [{async, false}, {info, false}])]),
    io:format("~p~n", [erlang:cancel_timer(T1)]),
    T2 = erlang:send_after(5, self(), b),
    receive b -> ok end,
    io:format("~p~n", [erlang:cancel_timer(T2)]),
    io:format("~p~n", [erlang:read_timer(T2)]),
    io:format("~p~n", [erlang:cancel_timer(make_ref())]),
    io:format("~p~n", [try erlang:cancel_timer(not_a_ref) catch error:E -> E end]),
    ok.
