-module(try_catch_old_style).
-export([main/0]).
main() ->
    io:format("~p~n", [catch 1 + 1]),
    io:format("~p~n", [catch throw({my, term})]),
    {'EXIT', {badarith, St}} = (catch 1 / zero()),
    io:format("~p~n", [is_list(St)]),
    {'EXIT', Why} = (catch exit({shutdown, 1})),
    io:format("~p~n", [Why]),
    X = (catch error(e)),
    io:format("~p~n", [element(1, element(2, X))]),
    case catch lists:nth(10, [1]) of
        {'EXIT', {function_clause, _}} -> function_clause;
        Other -> Other
    end.
zero() -> 0.
