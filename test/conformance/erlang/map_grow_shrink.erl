-module(map_grow_shrink).
-export([main/0]).
main() ->
    M = lists:foldl(fun(I, A) -> A#{I => I} end, #{}, lists:seq(1, 100)),
    io:format("~p~n", [map_size(M)]),
    M2 = lists:foldl(fun(I, A) -> maps:remove(I, A) end, M, lists:seq(1, 100, 2)),
    io:format("~p~n", [map_size(M2)]),
    M3 = lists:foldl(fun(I, A) -> maps:remove(I, A) end, M2, lists:seq(2, 80, 2)),
    io:format("~p~n", [M3]),
    M4 = lists:foldl(fun(I, A) -> A#{I => I} end, #{}, lists:seq(100, 1, -1)),
    io:format("~p~n", [M4 =:= M]),
    io:format("~p~n", [lists:sublist(maps:keys(M4), 40)]),
    maps:keys(M3).
