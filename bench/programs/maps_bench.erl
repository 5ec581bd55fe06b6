%% Map-heavy workload: small (flat, <= 32 keys) and large (> 32 keys, hashed)
%% maps built, updated with both => and :=, looked up, matched and folded.
-module(maps_bench).
-export([run/0]).

-define(ROUNDS, 400).
-define(LARGE, 500).

run() ->
    loop(?ROUNDS, 0).

loop(0, Acc) -> Acc;
loop(N, Acc) ->
    A = small(N),
    B = large(N),
    loop(N - 1, (Acc * 7 + A + B) band 16#FFFFFFF).

%% Records as small maps with atom keys: the common Erlang/Elixir shape.
small(N) ->
    P0 = #{x => N, y => 0, vx => 1, vy => 2, name => <<"p">>, hits => 0},
    P = step(100, P0),
    #{x := X, y := Y, hits := H} = P,
    Counts = count_words(N, 16, #{}),
    X + Y + H + maps:fold(fun(K, V, S) -> S + K * V end, 0, Counts).

step(0, P) -> P;
step(I, #{x := X, y := Y, vx := VX, vy := VY, hits := H} = P) ->
    P1 = P#{x := X + VX, y := Y + VY},
    P2 = case (X + Y) rem 7 of
             0 -> P1#{hits := H + 1, vx := -VX};
             _ -> P1
         end,
    step(I - 1, P2).

%% Integer keys under 32 of them stay flat.
count_words(0, _M, Acc) -> Acc;
count_words(I, M, Acc) ->
    K = (I * 7 + 3) rem M,
    count_words(I - 1, M, maps:update_with(K, fun(V) -> V + 1 end, 1, Acc)).

%% A large map with integer and tuple keys: puts, updates, gets, removes.
large(N) ->
    M0 = maps:from_list([{K, K * N} || K <- lists:seq(1, ?LARGE)]),
    M1 = upd(?LARGE, M0),
    M2 = lists:foldl(fun(K, M) -> M#{{k, K} => K} end, M1, lists:seq(1, 100)),
    M3 = lists:foldl(fun(K, M) -> maps:remove(K, M) end, M2, lists:seq(1, ?LARGE, 3)),
    S1 = lookups(?LARGE, M3, 0),
    S1 + map_size(M3) + maps:get({k, 50}, M3) + lists:sum([K || K <- maps:keys(M3), is_integer(K)]) rem 1000.

upd(0, M) -> M;
upd(K, M) ->
    #{K := V} = M,
    upd(K - 1, M#{K := V + 1}).

lookups(0, _M, S) -> S;
lookups(K, M, S) ->
    case M of
        #{K := V} -> lookups(K - 1, M, S + V rem 1000);
        _ -> lookups(K - 1, M, S + 1)
    end.
