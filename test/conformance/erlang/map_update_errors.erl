-module(map_update_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    M = #{a => 1},
    io:format("~p~n", [t(fun() -> (id(M))#{b := 2} end)]),
    io:format("~p~n", [t(fun() -> (id(not_a_map))#{b => 2} end)]),
    io:format("~p~n", [t(fun() -> maps:get(zz, id(M)) end)]),
    io:format("~p~n", [t(fun() -> maps:get(a, id([])) end)]),
    io:format("~p~n", [t(fun() -> #{a := 2} = id(M) end)]),
    io:format("~p~n", [t(fun() -> maps:update(q, 1, id(M)) end)]),
    io:format("~p~n", [t(fun() -> map_size(id(x)) end)]),
    t(fun() -> maps:from_list(id([a])) end).
id(X) -> X.
