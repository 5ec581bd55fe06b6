-module(stdlib_gb_trees).
-export([main/0]).
main() ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * K, Acc) end, gb_trees:empty(), [5, 3, 8, 1, 4, 9]),
    io:format("~p~n", [gb_trees:to_list(T)]),
    io:format("~p~n", [gb_trees:lookup(4, T)]),
    io:format("~p~n", [gb_trees:lookup(7, T)]),
    io:format("~p~n", [gb_trees:smallest(T)]),
    io:format("~p~n", [gb_trees:largest(T)]),
    io:format("~p~n", [gb_trees:size(T)]),
    T2 = gb_trees:delete(5, T),
    io:format("~p~n", [gb_trees:keys(T2)]),
    T3 = gb_trees:enter(5, new, T2),
    io:format("~p~n", [gb_trees:get(5, T3)]),
    It = gb_trees:iterator_from(4, T3),
    {K, V, _} = gb_trees:next(It),
    io:format("~p~n", [{K, V}]),
    io:format("~p~n", [T]),
    gb_trees:values(T3).
