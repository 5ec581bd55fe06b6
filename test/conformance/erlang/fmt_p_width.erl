-module(fmt_p_width).
-export([main/0]).
main() ->
    L = [{item, I, lists:duplicate(I, $x), #{n => I}} || I <- lists:seq(1, 6)],
    io:format("~p~n", [L]),
    io:format("~P~n", [L, 8]),
    io:format("~W~n", [L, 5]),
    io:format("~40p~n", [L]),
    io:format("~p~n", [{a_long_atom_name, [another_long_atom, yet_another_long_atom], {nested, tuple, "with a string"}}]),
    ok.
