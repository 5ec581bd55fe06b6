%% Integer PRNG loops: xorshift32 (bsl/bsr/bxor/band) and minstd (mul/rem),
%% mixed into a checksum. Everything stays in the small-integer
%% (and JS safe-integer) range, like typical integer-heavy code.
-module(prng).
-export([run/0]).

-define(STEPS, 6000000).

run() ->
    loop(?STEPS, 2463534242, 1, 0).

loop(0, X, S, Acc) -> (Acc bxor X bxor S) band 16#FFFFFFF;
loop(I, X0, S0, Acc) ->
    X1 = X0 bxor ((X0 bsl 13) band 16#FFFFFFFF),
    X2 = X1 bxor (X1 bsr 17),
    X = X2 bxor ((X2 bsl 5) band 16#FFFFFFFF),
    S = (S0 * 48271) rem 2147483647,
    Acc1 = (Acc + (X band 16#FFFF) * ((S bsr 8) band 255)) band 16#FFFFFFF,
    loop(I - 1, X, S, Acc1).
