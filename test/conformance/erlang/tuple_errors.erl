-module(tuple_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    T = {a, b},
    io:format("~p~n", [t(fun() -> element(3, T) end)]),
    io:format("~p~n", [t(fun() -> element(0, T) end)]),
    io:format("~p~n", [t(fun() -> element(1, [a]) end)]),
    io:format("~p~n", [t(fun() -> setelement(3, T, x) end)]),
    io:format("~p~n", [t(fun() -> tuple_size([]) end)]),
    io:format("~p~n", [t(fun() -> list_to_tuple(T) end)]),
    t(fun() -> erlang:make_tuple(-1, a) end).
