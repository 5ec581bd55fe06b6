-module(bignum_mul).
-export([main/0]).
main() ->
    A = 123456789012345678901234567890,
    B = 987654321098765432109876543210,
    io:format("~p~n", [A * B]),
    io:format("~p~n", [A * -B]),
    io:format("~p~n", [A * A * A]),
    io:format("~p~n", [(A * B) div A]),
    A * 0.
