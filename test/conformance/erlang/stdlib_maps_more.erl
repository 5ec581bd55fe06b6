-module(stdlib_maps_more).
-export([main/0]).
main() ->
    M = maps:from_list([{I, I} || I <- lists:seq(1, 10)]),
    io:format("~p~n", [maps:fold(fun(K, V, A) -> A + K * V end, 0, M)]),
    io:format("~p~n", [maps:filter(fun(K, _) -> K > 7 end, M)]),
    io:format("~p~n", [maps:map(fun(_, V) -> V * V end, maps:with([1, 2, 3], M))]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V end, init, M) =:= M#{z => init}]),
    io:format("~p~n", [maps:get(5, M)]),
    io:format("~p~n", [lists:sort(maps:values(maps:without(lists:seq(1, 8), M)))]),
    maps:foreach(fun(Kx, _) when Kx < 3 -> io:format("k~p~n", [Kx]); (_, _) -> ok end, M),
    maps:keys(maps:filtermap(fun(Kx, _) -> Kx rem 5 =:= 0 end, M)).
