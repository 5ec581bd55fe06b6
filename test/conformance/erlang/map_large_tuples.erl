-module(map_large_tuples).
-export([main/0]).
main() ->
    M = maps:from_list([{{I, I rem 3}, [I]} || I <- lists:seq(1, 35)]),
    io:format("~p~n", [M]),
    M2 = maps:from_list([{-I, I} || I <- lists:seq(1, 33)] ++ [{1.0 * I, I} || I <- lists:seq(1, 3)]),
    io:format("~p~n", [maps:keys(M2)]),
    io:format("~p~n", [maps:get({7, 1}, M)]),
    map_size(M2).
