-module(cmp_term_order).
-export([main/0]).
main() ->
    Ref = make_ref(),
    F = fun() -> ok end,
    L = [<<"bin">>, "list", [], {tuple}, #{k => v}, atom, 1.5, 42, F, Ref, self(), {a, b}, [x | y]],
    Sorted = lists:sort(L),
    Kinds = [kind(X) || X <- Sorted],
    io:format("~p~n", [Kinds]),
    io:format("~p~n", [lists:sort([{b}, {a, a}, {a}, {}, {z, z, z}])]),
    io:format("~p~n", [lists:sort([[2], [1, 2], [1], [], [1 | 0]])]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 1, b => 1}, #{a => 2}, #{c => 0}])]),
    io:format("~p~n", [lists:sort([#{1 => a}, #{1.0 => a}])]),
    Kinds.
kind(X) when is_number(X) -> number;
kind(X) when is_atom(X) -> atom;
kind(X) when is_reference(X) -> reference;
kind(X) when is_function(X) -> 'fun';
kind(X) when is_pid(X) -> pid;
kind(X) when is_tuple(X) -> tuple;
kind(X) when is_map(X) -> map;
kind([]) -> nil;
kind(X) when is_list(X) -> list;
kind(X) when is_bitstring(X) -> bitstring.
