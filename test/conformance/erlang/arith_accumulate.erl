-module(arith_accumulate).
-export([main/0]).
main() ->
    R = lists:foldl(fun(X, {S, P, Q}) -> {S + X, (P * X) rem 1000000007, Q bxor X} end,
                    {0, 1, 0}, lists:seq(1, 5000)),
    io:format("~p~n", [R]),
    C = lists:foldl(fun(X, A) -> A * 31 + X end, 7, lists:seq(1, 40)),
    io:format("~p~n", [C]),
    C rem 97.
