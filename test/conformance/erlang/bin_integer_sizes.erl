-module(bin_integer_sizes).
-export([main/0]).
main() ->
    [io:format("~p ~p~n", [N, <<(-1):N>>]) || N <- [1, 7, 8, 9, 15, 16, 31, 33, 63, 64, 65]],
    Big = 1 bsl 70 + 12345,
    B = <<Big:80>>,
    io:format("~p~n", [B]),
    <<Back:80>> = B,
    io:format("~p~n", [Back]),
    <<Neg:80/signed>> = <<(-Big):80>>,
    io:format("~p~n", [Neg]),
    io:format("~p~n", [<<Big:80/little>>]),
    <<L:80/little>> = <<Big:80/little>>,
    io:format("~p~n", [L =:= Big]),
    io:format("~p~n", [<<300:8>>]),
    io:format("~p~n", [<<1:0>>]),
    <<X:12/little>> = <<16#ABC:12/little>>,
    X.
