-module(map_large).
-export([main/0]).
main() ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:get(33, M)]),
    M2 = maps:from_list([{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 50)]),
    %% a large map's order over atom keys follows atom-table indices on the
    %% BEAM (not reproducible), so atom-keyed views are printed sorted
    io:format("~p~n", [lists:sort(maps:to_list(M2))]),
    maps:size(M) + maps:size(M2).
