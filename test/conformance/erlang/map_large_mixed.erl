-module(map_large_mixed).
-export([main/0]).
main() ->
    Keys = [I || I <- lists:seq(1, 20)] ++ [[$a + I] || I <- lists:seq(0, 19)]
        ++ [integer_to_binary(I) || I <- lists:seq(1, 10)] ++ [{I} || I <- lists:seq(1, 5)]
        ++ [float(I) || I <- lists:seq(1, 5)],
    M = maps:from_list([{K, n} || K <- Keys]),
    io:format("~p~n", [maps:keys(M)]),
    M2 = maps:filter(fun(K, _) -> is_integer(K) end, M),
    io:format("~p~n", [M2]),
    M3 = maps:map(fun(K, _) when is_list(K) -> str; (_, V) -> V end, M),
    io:format("~p~n", [maps:to_list(M3)]),
    io:format("~p~n", [maps:fold(fun(K, _, A) -> [K | A] end, [], M)]),
    maps:size(M).
