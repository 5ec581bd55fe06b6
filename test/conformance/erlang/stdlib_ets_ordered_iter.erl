-module(stdlib_ets_ordered_iter).
-export([main/0]).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
main() ->
    T = ets:new(o, [ordered_set]),
    Keys = [{b, 2}, {a, 1}, "str", 42, 3.5, atom, <<"bin">>, [1]],
    [ets:insert(T, {K, v}) || K <- Keys],
    io:format("~p~n", [walk(T, ets:first(T), [])]),
    io:format("~p~n", [ets:prev(T, atom)]),
    io:format("~p~n", [ets:select_count(T, [{{'_', v}, [], [true]}])]),
    io:format("~p~n", [ets:foldl(fun({K, _}, A) -> [K | A] end, [], T)]),
    ets:delete_all_objects(T),
    ets:info(T, size).
