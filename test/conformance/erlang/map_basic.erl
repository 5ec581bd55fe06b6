-module(map_basic).
-export([main/0]).
main() ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [M]),
    io:format("~p~n", [M#{d => 4}]),
    io:format("~p~n", [M#{a := 100}]),
    #{b := B} = M,
    io:format("~p~n", [B]),
    io:format("~p ~p~n", [maps:get(c, M), maps:get(z, M, default)]),
    io:format("~p~n", [maps:find(a, M)]),
    io:format("~p~n", [maps:find(z, M)]),
    io:format("~p ~p~n", [map_size(M), is_map(M)]),
    io:format("~p~n", [maps:remove(b, M)]),
    io:format("~w~n", [M]),
    maps:to_list(M).
