-module(fun_multi_clause).
-export([main/0]).
main() ->
    F = fun({ok, V}) -> V;
           ({error, _} = E) -> E;
           (L) when is_list(L), length(L) > 2 -> long_list;
           (_) -> other
        end,
    io:format("~p~n", [[F(X) || X <- [{ok, 1}, {error, x}, [1, 2, 3], [1], 42]]]),
    G = fun(X, Y) when X > Y -> X; (_, Y) -> Y end,
    io:format("~p~n", [lists:foldl(G, 0, [3, 8, 2])]),
    H = fun() -> F end,
    (H())({ok, nested}).
