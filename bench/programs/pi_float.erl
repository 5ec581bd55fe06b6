%% Leibniz series for pi with floats: measures boxed-float arithmetic in a
%% tight loop. Checksum: pi * 10^12, rounded.
-module(pi_float).
-export([run/0]).

-define(TERMS, 3000000).

run() ->
    Pi = 4.0 * sum(0, ?TERMS, 0.0),
    round(Pi * 1.0e12).

sum(K, K, Acc) -> Acc;
sum(K, N, Acc) ->
    Term = 1.0 / (2 * K + 1),
    case K band 1 of
        0 -> sum(K + 1, N, Acc + Term);
        1 -> sum(K + 1, N, Acc - Term)
    end.
