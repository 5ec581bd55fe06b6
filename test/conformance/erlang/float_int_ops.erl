-module(float_int_ops).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    io:format("~p~n", [t(fun() -> 5.0 div 2 end)]),
    io:format("~p~n", [t(fun() -> 5.0 rem 2 end)]),
    io:format("~p~n", [t(fun() -> 5 bsl 1.0 end)]),
    io:format("~p~n", [t(fun() -> round(a) end)]),
    io:format("~p~n", [t(fun() -> float("1") end)]),
    io:format("~p~n", [5 / 1]),
    t(fun() -> trunc(<<>>) end).
