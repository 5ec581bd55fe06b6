-module(map_small_updates).
-export([main/0]).
main() ->
    M0 = #{},
    M1 = M0#{z => 26, a => 1},
    M2 = M1#{m => 13, a := 100},
    io:format("~p~n~p~n~p~n", [M0, M1, M2]),
    io:format("~p~n", [maps:to_list(M2)]),
    io:format("~p~n", [M2#{1 => int, "s" => str, <<"b">> => bin, {t} => tup}]),
    maps:remove(nonexistent, M2) =:= M2.
