-module(arith_loop).
-export([main/0]).
sum(0, Acc) -> Acc;
sum(N, Acc) -> sum(N - 1, Acc + N).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
main() ->
    io:format("~p~n", [sum(100000, 0)]),
    io:format("~p~n", [fact(20)]),
    io:format("~p~n", [fact(21)]),
    io:format("~p~n", [fib(90)]),
    fib(100).
