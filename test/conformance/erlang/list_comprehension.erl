-module(list_comprehension).
-export([main/0]).
main() ->
    io:format("~p~n", [[X * X || X <- lists:seq(1, 10), X rem 2 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), X + Y =:= 5]]),
    io:format("~p~n", [[X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {ok}]]]),
    io:format("~p~n", [<< <<(X + 1)>> || <<X>> <= <<"HAL">> >>]),
    io:format("~p~n", [[X || <<X:4>> <= <<16#AB, 16#CD>>]]),
    io:format("~p~n", [<< <<X:3>> || X <- [1, 2, 3, 4, 5]>>]),
    Pyth = [{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C],
    io:format("~p~n", [Pyth]),
    length(Pyth).
