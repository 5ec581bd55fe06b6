-module(bignum_sum_loop).
-export([main/0]).
main() ->
    S = lists:foldl(fun(X, A) -> A + X * X * X * X * X * X end, 0, lists:seq(1, 3000)),
    io:format("~p~n", [S]),
    P = lists:foldl(fun(X, A) -> A * X end, 1, lists:seq(1, 60)),
    io:format("~p~n", [P]),
    io:format("~p~n", [P div S]),
    P rem S.
