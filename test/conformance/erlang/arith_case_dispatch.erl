-module(arith_case_dispatch).
-export([main/0]).
f(0) -> zero; f(1) -> one; f(2) -> two; f(100) -> hundred;
f(-1) -> minus_one; f(N) when N > 1000000000000 -> huge; f(_) -> other.
main() ->
    L = [0, 1, 2, 3, 100, -1, 1 bsl 45, 1 bsl 80],
    io:format("~p~n", [[f(X) || X <- L]]),
    R = case 12 * 12 of 144 -> yes; _ -> no end,
    io:format("~p~n", [R]),
    length(L).
