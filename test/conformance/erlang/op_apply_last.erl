-module(op_apply_last).
-export([main/0, id/1, count/2, two/2, loop/3]).
%% apply / apply_last: Mod:Fun(Args) with both names unknown at compile time,
%% in tail and non-tail position, and its error cases.

id(X) -> X.
two(A, B) -> {A, B}.
count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

tail(M, F, A) -> M:F(A).
tail2(M, F, A, B) -> M:F(A, B).
body(M, F, A) -> {M:F(A)}.

%% A deep loop through apply_last must run in constant stack.
loop(_M, 0, Acc) -> Acc;
loop(M, N, Acc) -> M:loop(M, N - 1, Acc + N).

err(Fun) ->
    try Fun() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

main() ->
    M = ?MODULE,
    io:format("~w~n", [tail(M, id, 42)]),
    io:format("~w~n", [tail(lists, reverse, [1, 2, 3])]),
    io:format("~w~n", [tail2(M, two, a, b)]),
    io:format("~w~n", [tail2(erlang, '+', 1, 2)]),
    io:format("~w~n", [body(erlang, atom_to_list, abc)]),
    io:format("~w~n", [loop(M, 1000000, 0)]),
    io:format("~w~n", [tail2(M, count, 100000, 0)]),
    io:format("~w~n", [err(fun() -> tail(no_such_module_xyz, f, 1) end)]),
    io:format("~w~n", [err(fun() -> tail(M, no_such_fun, 1) end)]),
    io:format("~w~n", [err(fun() -> tail(M, id, [1]) =:= [1] end)]),
    io:format("~w~n", [err(fun() -> tail(42, id, 1) end)]),
    io:format("~w~n", [err(fun() -> tail(M, "id", 1) end)]),
    io:format("~w~n", [err(fun() -> tail({M}, id, 1) end)]),
    io:format("~w~n", [err(fun() -> body(M, two, 1) end)]),
    io:format("~w~n", [err(fun() -> tail2(erlang, '+', 1, a) end)]),
    ok.
