-module(conv_integer_bases).
-export([main/0]).
main() ->
    N = 1234567890123,
    [io:format("~2w ~s~n", [B, integer_to_list(N, B)]) || B <- [2, 3, 7, 8, 10, 16, 20, 36]],
    [io:format("~p~n", [list_to_integer(integer_to_list(-N, B), B)]) || B <- [2, 36]],
    io:format("~p~n", [[16#ff, 8#777, 2#1010, 36#zz]]),
    io:format("~p~n", [try integer_to_list(10, 1) catch error:E -> E end]),
    erlang:integer_to_binary(-255, 2).
