-module(map_nested).
-export([main/0]).
main() ->
    M = #{user => #{name => "ann", tags => [a, b], meta => #{age => 30}}},
    #{user := #{meta := #{age := Age}}} = M,
    io:format("~p~n", [Age]),
    M2 = M#{user := (maps:get(user, M))#{name := "bob"}},
    io:format("~p~n", [M2]),
    io:format("~p~n", [#{#{k => v} => map_key, [1, 2] => list_key}]),
    io:format("~p~n", [M == M2]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}])]),
    io:format("~p~n", [#{a => 1} < #{a => 1.0}]),
    #{a => 1, b => 2} =:= #{b => 2, a => 1}.
