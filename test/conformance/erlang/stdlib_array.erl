-module(stdlib_array).
-export([main/0]).
main() ->
    A = array:new(10, {default, 0}),
    A2 = array:set(3, three, A),
    io:format("~p~n", [array:get(3, A2)]),
    io:format("~p~n", [array:get(4, A2)]),
    io:format("~p~n", [array:size(A2)]),
    io:format("~p~n", [array:to_list(A2)]),
    G = array:set(100, x, array:new()),
    io:format("~p~n", [array:size(G)]),
    io:format("~p~n", [array:sparse_to_orddict(G)]),
    F = array:from_list([a, b, c]),
    io:format("~p~n", [array:to_list(array:map(fun(I, V) -> {I, V} end, F))]),
    io:format("~p~n", [array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], F)]),
    io:format("~p~n", [try array:get(5, array:new(3, {fixed, true})) catch error:E -> E end]),
    array:to_list(array:resize(2, F)).
