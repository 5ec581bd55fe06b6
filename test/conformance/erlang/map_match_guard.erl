-module(map_match_guard).
-export([main/0]).
f(#{type := circle, r := R}) -> {circle, R};
f(#{type := T} = M) when map_size(M) > 2 -> {big, T};
f(#{type := T}) -> {small, T};
f(M) when is_map_key(k, M) -> has_k;
f(_) -> none.
main() ->
    L = [#{type => circle, r => 1}, #{type => sq, a => 1, b => 2}, #{type => sq}, #{k => 1}, #{}],
    io:format("~p~n", [[f(X) || X <- L]]),
    G = [X || X <- L, is_map_key(type, X), map_get(type, X) =:= sq],
    io:format("~p~n", [G]),
    length(G).
