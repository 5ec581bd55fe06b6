-module(list_strings).
-export([main/0]).
main() ->
    S = "hello, world",
    io:format("~p~n", [S]),
    io:format("~s~n", [S]),
    io:format("~p~n", [[104, 105]]),
    io:format("~p~n", [[104, 105, 0]]),
    io:format("~p~n", [[7, 8, 9, 10, 11, 12, 13, 27]]),
    io:format("~p~n", ["tab\there \"quoted\" back\\slash"]),
    io:format("~p~n", [[233, 252]]),
    io:format("~p~n", [[1000, 1001]]),
    io:format("~p~n", [["abc", [], "", [[]]]]),
    io:format("~w~n", ["abc"]),
    S ++ "!".
