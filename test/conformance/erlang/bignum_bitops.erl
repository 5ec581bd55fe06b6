-module(bignum_bitops).
-export([main/0]).
main() ->
    A = 16#FFFF0000FFFF0000FFFF0000FFFF0000,
    B = 16#0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F,
    io:format("~.16B~n", [A band B]),
    io:format("~.16B~n", [A bor B]),
    io:format("~.16B~n", [A bxor B]),
    io:format("~p~n", [bnot A]),
    io:format("~p~n", [(-A) band B]),
    io:format("~p~n", [(-A) bor 255]),
    io:format("~p~n", [(-A) bxor (-B)]),
    io:format("~p~n", [A bsr 100]),
    io:format("~p~n", [(-A) bsr 100]),
    A bsl 3.
