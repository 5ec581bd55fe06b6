-module(cmp_guards_bifs).
-export([main/0]).
t(X) when X == 1 -> eq_one;
t(X) when X =:= 2.0 -> exactly_two_float;
t(X) when X > {} -> bigger_than_empty_tuple;
t(_) -> other.
main() ->
    io:format("~p~n", [[t(X) || X <- [1, 1.0, 2, 2.0, {a}, [], a]]]),
    io:format("~p~n", [erlang:max(a, "a")]),
    io:format("~p~n", [erlang:min({1}, [1])]),
    io:format("~p~n", [lists:member(2.0, [1, 2, 3])]),
    io:format("~p~n", [lists:keymember(2.0, 1, [{2, x}])]),
    io:format("~p~n", [lists:delete(2.0, [2, 2.0])]),
    io:format("~p~n", [[1, 2.0] -- [2]]),
    proplists:get_value(1.0, [{1, int}, {1.0, float}]).
