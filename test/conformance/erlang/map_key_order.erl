-module(map_key_order).
-export([main/0]).
main() ->
    M = #{<<"bin">> => 1, "list" => 2, {tuple} => 3, atom => 4, 42 => 5, 1.5 => 6,
          [] => 7, #{} => 8, -1 => 9, 2.0 => 10, 1 => 11, 'Atom' => 12},
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [#{1 => a, 1.0 => b}]),
    io:format("~p~n", [#{{1} => a, {1.0} => b}]),
    maps:to_list(M).
