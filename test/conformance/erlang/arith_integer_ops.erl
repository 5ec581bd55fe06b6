-module(arith_integer_ops).
-export([main/0]).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
isqrt(N) -> isqrt(N, 0, N + 1).
isqrt(L, _, H) when H - L =< 1 -> L;
isqrt(L, X, H) -> M = (L + H) div 2, case M * M =< X + 0 of _ -> ok end,
    if M * M =< X -> isqrt(M, X, H); true -> isqrt(L, X, M) end.
main() ->
    io:format("~p~n", [gcd(1071, 462)]),
    io:format("~p~n", [pow(3, 40)]),
    io:format("~p~n", [[isqrt(0, X, X + 1) || X <- [0, 1, 15, 16, 17, 1000000]]]),
    io:format("~p~n", [lists:sum(lists:seq(1, 1000))]),
    gcd(pow(2, 70), pow(6, 20)).
