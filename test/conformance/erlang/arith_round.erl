-module(arith_round).
-export([main/0]).
main() ->
    L = [2.5, 3.5, -2.5, -0.5, 0.49999999999999994, 1.0e20, -7.9],
    io:format("~p~n", [[round(X) || X <- L]]),
    io:format("~p~n", [[trunc(X) || X <- L]]),
    io:format("~p~n", [[floor(X) || X <- L]]),
    io:format("~p~n", [[ceil(X) || X <- L]]),
    {round(5), trunc(-5), floor(7), ceil(-7)}.
