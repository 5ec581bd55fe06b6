-module(map_32_boundary).
-export([main/0]).
main() ->
    M32 = maps:from_list([{I, x} || I <- lists:seq(1, 32)]),
    M33 = M32#{33 => x},
    io:format("~p~n", [maps:keys(M32)]),
    io:format("~p~n", [maps:keys(M33)]),
    M32b = maps:remove(33, M33),
    io:format("~p~n", [maps:keys(M32b)]),
    io:format("~p~n", [M32b =:= M32]),
    io:format("~p~n", [term_to_binary(M32b) =:= term_to_binary(M32)]),
    map_size(M33).
