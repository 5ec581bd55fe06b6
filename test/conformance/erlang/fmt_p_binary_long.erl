-module(fmt_p_binary_long).
-export([main/0]).
main() ->
    io:format("~p~n", [list_to_binary(lists:seq(0, 60))]),
    io:format("~p~n", [binary:copy(<<"abcdefghij">>, 12)]),
    io:format("~p~n", [{key, binary:copy(<<"xy">>, 40)}]),
    io:format("~P~n", [list_to_binary(lists:seq(1, 100)), 10]),
    io:format("~W~n", [<<"a long printable binary">>, 3]),
    ok.
