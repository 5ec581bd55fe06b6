-module(arith_mixed).
-export([main/0]).
main() ->
    io:format("~p~n", [1 + 1.0]),
    io:format("~p~n", [3 * 0.5]),
    io:format("~p~n", [10 - 0.25]),
    io:format("~p~n", [2 / 4]),
    io:format("~p~n", [(1 bsl 64) + 0.5]),
    io:format("~p~n", [(1 bsl 64) / 3]),
    io:format("~p~n", [1 == 1.0]),
    1.0 * 3.
