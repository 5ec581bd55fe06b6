-module(arith_div_zero).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    io:format("~p~n", [t(fun() -> 1 div zero() end)]),
    io:format("~p~n", [t(fun() -> 1 rem zero() end)]),
    io:format("~p~n", [t(fun() -> 1 / zero() end)]),
    io:format("~p~n", [t(fun() -> 1.0 / zero() end)]),
    io:format("~p~n", [t(fun() -> 1 + atom() end)]),
    io:format("~p~n", [t(fun() -> 1.5 band 1 end)]),
    io:format("~p~n", [t(fun() -> 1 bsl atom() end)]),
    t(fun() -> -atom() end).
zero() -> 0.
atom() -> list_to_atom("a").
