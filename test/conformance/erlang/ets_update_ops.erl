-module(ets_update_ops).
-export([main/0]).

err(F) ->
    try F() catch C:R:St ->
        case St of
            [{M, Fn, A, Loc} | _] ->
                {C, R, M, Fn, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, Loc)};
            _ -> {C, R}
        end
    end.

main() ->
    T = ets:new(t, [set]),
    ets:insert(T, {c, 10, 20, x}),
    io:format("~p~n", [ets:update_counter(T, c, 1)]),
    io:format("~p~n", [ets:update_counter(T, c, -11)]),
    io:format("~p~n", [ets:update_counter(T, c, {3, 5})]),
    io:format("~p~n", [ets:update_counter(T, c, [{2, 1}, {3, -1}, {2, 100}])]),
    io:format("~p~n", [ets:update_counter(T, c, [])]),
    io:format("~p~n", [ets:update_counter(T, c, {2, 10, 50, 0})]),
    io:format("~p~n", [ets:update_counter(T, c, {2, 100, 50, 7})]),
    io:format("~p~n", [ets:update_counter(T, c, {3, -100, 0, -1})]),
    io:format("~p~n", [ets:update_counter(T, c, {2, 1 bsl 64})]),
    io:format("~p~n", [ets:lookup(T, c)]),
    io:format("~p~n", [ets:update_counter(T, d, 5, {d, 0})]),
    io:format("~p~n", [ets:update_counter(T, e, {3, 2}, {x, 1, 1})]),
    io:format("~p~n", [ets:lookup(T, e)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, nokey, 1) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, c, {4, 1}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, c, {1, 1}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, c, {9, 1}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, c, a) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, c, {2, 1.0}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, f, 1, {f}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(T, f, 1, bad) end)]),
    io:format("~p~n", [ets:lookup(T, f)]),
    %% update_element
    io:format("~p~n", [ets:update_element(T, c, {4, y})]),
    io:format("~p~n", [ets:update_element(T, c, [{4, z}, {3, w}])]),
    io:format("~p~n", [ets:update_element(T, nokey, {2, 1})]),
    io:format("~p~n", [ets:lookup(T, c)]),
    io:format("~p~n", [err(fun() -> ets:update_element(T, c, {1, c2}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_element(T, c, {5, c2}) end)]),
    io:format("~p~n", [err(fun() -> ets:update_element(T, c, {0, c2}) end)]),
    %% insert_new, lookup_element, take, member, delete_object
    io:format("~p~n", [ets:insert_new(T, [{n1, 1}, {n2, 2}])]),
    io:format("~p~n", [ets:insert_new(T, [{n3, 1}, {n1, 2}])]),
    io:format("~p~n", [ets:lookup(T, n3)]),
    io:format("~p~n", [ets:insert_new(T, {n1, 9})]),
    io:format("~p~n", [err(fun() -> ets:insert_new(T, [{n4, 1}, bad]) end)]),
    io:format("~p~n", [err(fun() -> ets:insert(T, [{n5, 1} | bad]) end)]),
    io:format("~p~n", [err(fun() -> ets:insert(T, {}) end)]),
    io:format("~p ~p~n", [ets:lookup(T, n4), ets:lookup(T, n5)]),
    io:format("~p~n", [ets:lookup_element(T, c, 4)]),
    io:format("~p~n", [err(fun() -> ets:lookup_element(T, c, 5) end)]),
    io:format("~p~n", [err(fun() -> ets:lookup_element(T, nokey, 2) end)]),
    io:format("~p ~p~n", [ets:take(T, n1), ets:take(T, n1)]),
    io:format("~p ~p~n", [ets:member(T, n2), ets:member(T, n1)]),
    io:format("~p~n", [ets:delete_object(T, {n2, 3})]),
    io:format("~p~n", [ets:lookup(T, n2)]),
    io:format("~p~n", [ets:delete_object(T, {n2, 2})]),
    io:format("~p~n", [ets:lookup(T, n2)]),
    %% bags
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1, a}, {k, 2, b}]),
    io:format("~p~n", [ets:lookup_element(B, k, 3)]),
    io:format("~p~n", [err(fun() -> ets:update_counter(B, k, 1) end)]),
    io:format("~p~n", [err(fun() -> ets:update_element(B, k, {2, 1}) end)]),
    io:format("~p~n", [ets:insert_new(B, {k, 3, c})]),
    io:format("~p~n", [ets:take(B, k)]),
    %% ordered_set: 1 and 1.0 are the same key
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{1, a}, {2.0, b}]),
    io:format("~p ~p~n", [ets:lookup(O, 1.0), ets:lookup(O, 2)]),
    io:format("~p~n", [ets:update_counter(O, 1, {1, 1}, {0, 0}) =:= x orelse caught]),
    io:format("~p~n", [ets:insert_new(O, {1.0, c})]),
    ets:insert(O, {1.0, d}),
    io:format("~p~n", [ets:tab2list(O)]),
    S = ets:new(s, [set]),
    ets:insert(S, [{1, a}, {1.0, b}]),
    io:format("~p~n", [lists:sort(ets:tab2list(S))]),
    %% keypos
    K = ets:new(k, [{keypos, 2}]),
    ets:insert(K, {rec, key1, v}),
    io:format("~p ~p~n", [ets:lookup(K, key1), ets:update_counter(K, key1, {1, 1}, {0, 0, 0}) =:= 1 orelse x]),
    io:format("~p~n", [err(fun() -> ets:insert(K, {only}) end)]),
    %% delete_all_objects, delete
    io:format("~p ~p~n", [ets:delete_all_objects(T), ets:info(T, size)]),
    io:format("~p~n", [ets:delete(T)]),
    io:format("~p~n", [err(fun() -> ets:delete(T) end)]),
    io:format("~p~n", [err(fun() -> ets:insert(T, {a}) end)]),
    io:format("~p~n", [ets:info(T)]),
    ok.
