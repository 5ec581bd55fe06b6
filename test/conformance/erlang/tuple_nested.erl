-module(tuple_nested).
-export([main/0]).
insert(K, nil) -> {K, nil, nil};
insert(K, {V, L, R}) when K < V -> {V, insert(K, L), R};
insert(K, {V, L, R}) when K > V -> {V, L, insert(K, R)};
insert(_, T) -> T.
walk(nil) -> [];
walk({V, L, R}) -> walk(L) ++ [V] ++ walk(R).
depth(nil) -> 0;
depth({_, L, R}) -> 1 + max(depth(L), depth(R)).
main() ->
    T = lists:foldl(fun insert/2, nil, [50, 30, 70, 20, 40, 60, 80, 35]),
    io:format("~p~n", [T]),
    io:format("~p~n", [walk(T)]),
    io:format("~p~n", [depth(T)]),
    T.
