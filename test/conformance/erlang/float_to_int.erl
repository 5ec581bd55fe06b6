-module(float_to_int).
-export([main/0]).
main() ->
    L = [0.5, 1.5, -1.5, 1.0e10, 4.5e15, 123.999, -0.0],
    [io:format("~p ~p ~p ~p ~p~n", [X, round(X), trunc(X), floor(X), ceil(X)]) || X <- L],
    io:format("~p~n", [trunc(1.0e100)]),
    round(9.999999999999999e22).
