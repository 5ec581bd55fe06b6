-module(bignum_fact).
-export([main/0]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
main() ->
    F = fact(100),
    io:format("~p~n", [F]),
    io:format("~p~n", [length(integer_to_list(fact(500)))]),
    io:format("~p~n", [F rem 1000000007]),
    fact(30).
