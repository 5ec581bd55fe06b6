-module(phash_maps_large).
-export([main/0]).
main() ->
    Ms = [maps:from_list([{I, I * 2} || I <- lists:seq(1, N)]) || N <- [1, 5, 31, 32, 33, 64, 200]],
    [io:format("~p ~p~n", [map_size(M), erlang:phash2(M)]) || M <- Ms],
    A = maps:from_list([{K, v} || K <- [c, b, a]]),
    B = maps:from_list([{K, v} || K <- [a, b, c]]),
    io:format("~p~n", [erlang:phash2(A) =:= erlang:phash2(B)]),
    erlang:phash2(#{{k} => [1.0, <<"x">>], <<"y">> => #{z => 1}}).
