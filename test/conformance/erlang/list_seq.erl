-module(list_seq).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:seq(1, 10)]),
    io:format("~p~n", [lists:seq(10, 1, -3)]),
    io:format("~p~n", [lists:seq(1, 0)]),
    io:format("~p~n", [lists:seq(5, 5)]),
    io:format("~p~n", [try lists:seq(1, -5) catch error:R -> R end]),
    io:format("~p~n", [lists:seq(0, 100, 25)]),
    lists:seq($a, $z).
