-module(map_merge_large).
-export([main/0]).
main() ->
    A = maps:from_list([{I, a} || I <- lists:seq(1, 30)]),
    B = maps:from_list([{I, b} || I <- lists:seq(20, 50)]),
    M = maps:merge(A, B),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:with(lists:seq(18, 22), M)]),
    W = maps:without(lists:seq(1, 45), M),
    io:format("~p~n", [W]),
    maps:get(25, M).
