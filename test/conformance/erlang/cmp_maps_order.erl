-module(cmp_maps_order).
-export([main/0]).
main() ->
    Ms = [#{a => 1}, #{b => 0}, #{a => 1, b => 2}, #{1 => x}, #{a => 0}, #{}, #{1.0 => x}, #{a => 1.0}],
    io:format("~p~n", [lists:sort(Ms)]),
    io:format("~p~n", [#{a => 1} < #{a => 2}]),
    io:format("~p~n", [#{b => 1} > #{a => 99}]),
    io:format("~p~n", [#{1 => a} < #{1.0 => a}]),
    io:format("~p~n", [#{1 => a} == #{1.0 => a}]),
    io:format("~p~n", [maps:from_list([{I, I} || I <- lists:seq(1, 40)]) > #{1 => 1}]),
    lists:usort([#{a => 1}, #{a => 1.0}, #{a => 1}]).
