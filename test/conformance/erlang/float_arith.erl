-module(float_arith).
-export([main/0]).
main() ->
    io:format("~p~n", [0.1 * 3]),
    io:format("~p~n", [1.0e308 - 1.0e307]),
    io:format("~p~n", [1.0 - 0.9]),
    io:format("~p~n", [100.0 / 7]),
    io:format("~p~n", [-0.0 + 0.0]),
    io:format("~p~n", [abs(-2.5)]),
    io:format("~p~n", [2.0 * 1.0e-320]),
    io:format("~p~n", [float(7)]),
    io:format("~p~n", [7.0 / 2.0 * 2.0]),
    lists:sum([0.1 || _ <- lists:seq(1, 10)]).
