-module(map_iterator).
-export([main/0]).
loop(none, Acc) -> lists:reverse(Acc);
loop({K, V, I}, Acc) -> loop(maps:next(I), [{K, V} | Acc]).
main() ->
    Small = #{c => 3, a => 1, b => 2},
    io:format("~p~n", [loop(maps:next(maps:iterator(Small)), [])]),
    Big = maps:from_list([{I * 3, I} || I <- lists:seq(1, 45)]),
    L = loop(maps:next(maps:iterator(Big)), []),
    io:format("~p~n", [L]),
    io:format("~p~n", [L =:= maps:to_list(Big)]),
    length(L).
