%% Naive doubly-recursive Fibonacci: measures call/return and small-integer
%% arithmetic, nothing else.
-module(fib).
-export([run/0]).

run() -> fib(33).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
