%% Digits of pi with Gibbons' unbounded spigot: measures bignum
%% multiply/divide. Checksum: a rolling hash of the digits.
-module(pi_bignum).
-export([run/0]).

-define(DIGITS, 600).

run() ->
    digits(?DIGITS, 1, 0, 1, 1, 3, 3, 0).

%% State (Q, R, T, K, N, L) of the spigot; Acc hashes the digits emitted.
digits(0, _Q, _R, _T, _K, _N, _L, Acc) -> Acc;
digits(D, Q, R, T, K, N, L, Acc) when 4 * Q + R - T < N * T ->
    digits(D - 1, 10 * Q, 10 * (R - N * T), T, K,
           (10 * (3 * Q + R)) div T - 10 * N, L, (Acc * 10 + N) rem 1000000007);
digits(D, Q, R, T, K, _N, L, Acc) ->
    digits(D, Q * K, (2 * Q + R) * L, T * L, K + 1,
           (Q * (7 * K + 2) + R * L) div (T * L), L + 2, Acc).
