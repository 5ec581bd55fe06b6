-module(fun_recursion_deep).
-export([main/0]).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).
even(0) -> true; even(N) -> odd(N - 1).
odd(0) -> false; odd(N) -> even(N - 1).
main() ->
    io:format("~p~n", [len(lists:seq(1, 500000))]),
    io:format("~p~n", [ack(2, 300)]),
    io:format("~p~n", [ack(3, 5)]),
    io:format("~p~n", [even(1000001)]),
    F = fun G(0, A) -> A; G(N, A) -> G(N - 1, A + N) end,
    F(1000000, 0).
