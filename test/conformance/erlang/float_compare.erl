-module(float_compare).
-export([main/0]).
main() ->
    io:format("~p ~p~n", [0.0 == -0.0, 0.0 =:= -0.0]),
    io:format("~p ~p~n", [1.0 < 1, 1 < 1.0]),
    io:format("~p~n", [lists:sort([3, 2.0, 1, 2, 1.0, 3.0, -0.0, 0])]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2.0])]),
    io:format("~p~n", [0.1 + 0.2 == 0.3]),
    io:format("~p~n", [9007199254740993 < 9007199254740992.0]),
    io:format("~p~n", [9007199254740993 > 9007199254740992.0]),
    case 1.0 of 1 -> int; 1.0 -> float end.
