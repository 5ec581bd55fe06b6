-module(bignum_shift).
-export([main/0]).
main() ->
    [io:format("~p ~p~n", [1 bsl N, -1 bsl N]) || N <- [31, 32, 52, 53, 54, 63, 64, 65, 127, 128]],
    io:format("~p~n", [(1 bsl 128) bsr 127]),
    io:format("~p~n", [(-(1 bsl 128) - 1) bsr 127]),
    io:format("~p~n", [(1 bsl 128) bsl -120]),
    (1 bsl 1000) bsr 990.
