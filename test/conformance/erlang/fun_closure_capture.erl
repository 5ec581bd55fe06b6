-module(fun_closure_capture).
-export([main/0]).
make_adders(N) -> [fun(X) -> X + I end || I <- lists:seq(1, N)].
main() ->
    As = make_adders(5),
    io:format("~p~n", [[A(10) || A <- As]]),
    Big = lists:seq(1, 1000),
    F = fun() -> length(Big) end,
    io:format("~p~n", [F()]),
    Acc = lists:foldl(fun(I, Fn) -> fun(X) -> Fn(X) + I end end, fun(X) -> X end, lists:seq(1, 100)),
    io:format("~p~n", [Acc(0)]),
    {X, Y} = {1, 2},
    Swap = fun() -> {Y, X} end,
    Swap().
