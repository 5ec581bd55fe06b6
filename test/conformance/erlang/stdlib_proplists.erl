-module(stdlib_proplists).
-export([main/0]).
main() ->
    P = [{a, 1}, b, {c, 3}, {a, 10}, {d, [x]}],
    io:format("~p~n", [proplists:get_value(a, P)]),
    io:format("~p~n", [proplists:get_value(b, P)]),
    io:format("~p~n", [proplists:get_value(z, P, none)]),
    io:format("~p~n", [proplists:get_all_values(a, P)]),
    io:format("~p~n", [proplists:get_bool(b, P)]),
    io:format("~p~n", [proplists:lookup(c, P)]),
    io:format("~p~n", [proplists:delete(a, P)]),
    io:format("~p~n", [proplists:get_keys(P)]),
    io:format("~p~n", [proplists:is_defined(d, P)]),
    io:format("~p~n", [proplists:compact([{x, true}, {y, 1}])]),
    io:format("~p~n", [proplists:expand([{foo, [bar, baz]}], [foo, qux])]),
    io:format("~p~n", [proplists:to_map([{k, v}, flag])]),
    proplists:from_map(#{m => 1}).
