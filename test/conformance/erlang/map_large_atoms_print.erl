-module(map_large_atoms_print).
-export([main/0]).
main() ->
    Names = [alpha, bravo, charlie, delta, echo, foxtrot, golf, hotel, india, juliett, kilo, lima, mike,
             november, oscar, papa, quebec, romeo, sierra, tango, uniform, victor, whiskey, xray, yankee,
             zulu, one, two, three, four, five, six, seven, eight, nine, ten],
    M = maps:from_list(lists:zip(Names, lists:seq(1, length(Names)))),
    %% iteration order over atom keys in a large map follows atom-table
    %% indices on the BEAM, which are not reproducible: print sorted views
    io:format("~p~n", [lists:sort(maps:to_list(M))]),
    io:format("~w~n", [lists:sort(maps:keys(M))]),
    io:format("~p~n", [maps:get(zulu, M)]),
    lists:sort(maps:fold(fun(K, V, A) when V rem 7 =:= 0 -> [K | A]; (_, _, A) -> A end, [], M)).
