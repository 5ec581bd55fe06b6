-module(tuple_match).
-export([main/0]).
area({circle, R}) -> 3 * R * R;
area({rect, W, H}) -> W * H;
area({square, S}) -> area({rect, S, S});
area(_) -> unknown.
main() ->
    Shapes = [{circle, 2}, {rect, 3, 4}, {square, 5}, {triangle, 1, 2, 3}],
    io:format("~p~n", [[area(S) || S <- Shapes]]),
    {A, {B, C}} = {1, {2, 3}},
    io:format("~p~n", [A + B + C]),
    {X, X} = {same, same},
    io:format("~p~n", [X]),
    R = case {1, 2} of {Y, Y} -> eq; {_, _} -> ne end,
    io:format("~p~n", [R]),
    lists:keysort(1, [{b, 1}, {a, 2}]).
