-module(arith_bignum_mixed_guards).
-export([main/0]).
size_class(N) when N < 1 bsl 27 -> small;
size_class(N) when N < 1 bsl 59 -> medium;
size_class(N) when N < 1 bsl 64 -> word;
size_class(_) -> big.
main() ->
    L = [1, 1 bsl 27, 1 bsl 59, (1 bsl 64) - 1, 1 bsl 64, 1 bsl 200],
    io:format("~p~n", [[size_class(X) || X <- L]]),
    io:format("~p~n", [[X band 16#FF || X <- L]]),
    io:format("~p~n", [[X rem 1000 || X <- L]]),
    io:format("~p~n", [[integer_to_list(X, 16) || X <- L]]),
    lists:sum(L).
