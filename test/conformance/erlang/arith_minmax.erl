-module(arith_minmax).
-export([main/0]).
main() ->
    io:format("~p ~p~n", [max(1, 2), min(1, 2)]),
    io:format("~p ~p~n", [max(1, 1.0), min(1, 1.0)]),
    io:format("~p ~p~n", [max(1.0, 1), min(1.0, 1)]),
    io:format("~p ~p~n", [max(a, 1), min([], {})]),
    io:format("~p~n", [lists:max([3, 1, 4, 1, 5, 9, 2, 6])]),
    {max(-0.0, 0), min(2, 2.0)}.
