-module(list_subtract_big).
-export([main/0]).
main() ->
    A = lists:seq(1, 3000),
    B = lists:seq(2, 3000, 2),
    C = A -- B,
    io:format("~p ~p~n", [length(C), lists:sublist(C, 8)]),
    D = [x, y, x, z, x] -- [x, x],
    io:format("~p~n", [D]),
    io:format("~p~n", [[1, 2.0, 3] -- [2, 3.0]]),
    io:format("~p~n", [[1, 2.0, 3] -- [2.0, 3]]),
    length([I rem 10 || I <- A] -- lists:seq(0, 9)).
