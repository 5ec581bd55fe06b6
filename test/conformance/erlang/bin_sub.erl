-module(bin_sub).
-export([main/0]).
main() ->
    B = list_to_binary(lists:seq(0, 99)),
    <<_:10/binary, Mid:20/binary, _/binary>> = B,
    io:format("~p~n", [Mid]),
    io:format("~p~n", [binary:part(B, 95, 5)]),
    io:format("~p~n", [binary:part(B, {100, -3})]),
    io:format("~p~n", [binary_part(Mid, 2, 3)]),
    {Pre, Post} = split_binary(B, 97),
    io:format("~p ~p~n", [byte_size(Pre), Post]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [binary:referenced_byte_size(binary:copy(Mid)) =:= 20]),
    io:format("~p~n", [try binary:part(B, 99, 5) catch error:R -> R end]),
    binary_to_list(Mid, 1, 4).
