-module(bignum_literals).
-export([main/0]).
main() ->
    L = [18446744073709551616, -18446744073709551617, 16#DEADBEEFCAFEBABE1234,
         2#1111111111111111111111111111111111111111111111111111111111111111111,
         36#ZZZZZZZZZZZZZZZ],
    [io:format("~p~n", [X]) || X <- L],
    io:format("~w~n", [L]),
    lists:sum(L).
