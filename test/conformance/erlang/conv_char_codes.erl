-module(conv_char_codes).
-export([main/0]).
main() ->
    io:format("~p~n", [[$a, $Z, $0, $\n, $\s, $\\, $\x41, $\101, $\^A]]),
    io:format("~p~n", [[C - $0 || C <- "0123456789"]]),
    io:format("~p~n", [[C || C <- "Hello World", C >= $A, C =< $Z]]),
    io:format("~p~n", [lists:map(fun(C) when C >= $a, C =< $z -> C - 32; (C) -> C end, "shout!")]),
    io:format("~p~n", [list_to_integer([$1, $2])]),
    $€.
