-module(map_functions).
-export([main/0]).
main() ->
    M = #{x => 1, y => 2, z => 3},
    io:format("~p~n", [maps:merge(M, #{z => 30, w => 0})]),
    io:format("~p~n", [maps:merge_with(fun(_K, A, B) -> A + B end, M, #{z => 30, w => 0})]),
    io:format("~p~n", [maps:with([x, z, q], M)]),
    io:format("~p~n", [maps:without([x], M)]),
    io:format("~p~n", [maps:is_key(y, M)]),
    io:format("~p~n", [maps:put(a, 0, M)]),
    io:format("~p~n", [maps:update_with(x, fun(V) -> V * 10 end, M)]),
    io:format("~p~n", [maps:take(y, M)]),
    io:format("~p~n", [maps:new()]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~p~n", [maps:from_keys([a, b], 0)]),
    io:format("~p~n", [maps:filtermap(fun(_, V) when V > 1 -> {true, V * V}; (_, _) -> false end, M)]),
    io:format("~p~n", [maps:intersect(M, #{x => a, q => b})]),
    maps:fold(fun(K, V, A) -> [{V, K} | A] end, [], M).
