%% The benchmarks-game binary-trees (single process): allocates and walks
%% many short-lived trees plus one long-lived tree; measures tuple
%% allocation and garbage collection.
-module(binary_trees).
-export([run/0]).

-define(MAX_DEPTH, 15).
-define(MIN_DEPTH, 4).

run() ->
    Stretch = check(make(?MAX_DEPTH + 1)),
    LongLived = make(?MAX_DEPTH),
    Sum = depths(?MIN_DEPTH, 0),
    Stretch + Sum + check(LongLived).

depths(D, Acc) when D > ?MAX_DEPTH -> Acc;
depths(D, Acc) ->
    Iters = 1 bsl (?MAX_DEPTH - D + ?MIN_DEPTH),
    depths(D + 2, Acc + iterate(Iters, D, 0)).

iterate(0, _D, Acc) -> Acc;
iterate(I, D, Acc) -> iterate(I - 1, D, Acc + check(make(D))).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
