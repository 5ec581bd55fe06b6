-module(float_math_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    io:format("~p~n", [t(fun() -> math:sqrt(-1) end)]),
    io:format("~p~n", [t(fun() -> math:log(0) end)]),
    io:format("~p~n", [t(fun() -> math:log(-1.0) end)]),
    io:format("~p~n", [t(fun() -> math:pow(10.0, 400) end)]),
    io:format("~p~n", [t(fun() -> math:acos(2) end)]),
    io:format("~p~n", [t(fun() -> 1.0e300 * 1.0e300 end)]),
    io:format("~p~n", [t(fun() -> math:exp(1000) end)]),
    t(fun() -> math:sqrt(foo) end).
