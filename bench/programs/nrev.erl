%% Naive reverse of a 30-element list, repeated: the classic list-cell
%% allocation and non-tail-call benchmark.
-module(nrev).
-export([run/0]).

-define(REPEAT, 20000).

run() ->
    L = lists:seq(1, 30),
    loop(?REPEAT, L, 0).

loop(0, _L, Acc) -> Acc;
loop(N, L, Acc) ->
    [H | _] = nrev(L),
    loop(N - 1, L, Acc + H).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
