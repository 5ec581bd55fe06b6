-module(tuple_large).
-export([main/0]).
main() ->
    T = list_to_tuple(lists:seq(1, 1000)),
    io:format("~p~n", [tuple_size(T)]),
    io:format("~p~n", [element(500, T)]),
    T2 = setelement(1000, T, last),
    io:format("~p~n", [element(1000, T2)]),
    io:format("~p~n", [element(1000, T)]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 30))]),
    io:format("~p~n", [T < T2]),
    lists:sum(tuple_to_list(T)).
