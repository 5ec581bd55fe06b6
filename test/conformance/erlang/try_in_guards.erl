-module(try_in_guards).
-export([main/0]).
g(X) when length(X) > 2 -> long;
g(X) when element(1, X) =:= a -> tuple_a;
g(X) when X / 2 > 1 -> big_number;
g(_) -> fallback.
main() ->
    L = [[1, 2, 3], {a, 1}, 10, a, {b}, [1], 1, <<>>],
    [io:format("~p~n", [g(X)]) || X <- L],
    R = [X || X <- L, is_integer(X) orelse (is_list(X) andalso hd(X) =:= 1)],
    R.
