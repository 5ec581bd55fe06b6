-module(arith_overflow).
-export([main/0]).
main() ->
    Max = 16#7FFFFFFFFFFFFFFF,
    io:format("~p~n", [Max + 1]),
    io:format("~p~n", [9007199254740991 + 1]),
    io:format("~p~n", [9007199254740992 + 1]),
    io:format("~p~n", [-9007199254740993 - 1]),
    io:format("~p~n", [134217727 * 134217727]),
    io:format("~p~n", [4294967296 * 4294967296]),
    (1 bsl 53) - 1.
