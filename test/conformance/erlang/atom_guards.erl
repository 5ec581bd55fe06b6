-module(atom_guards).
-export([main/0]).
kind(X) when is_atom(X), X =:= true; X =:= false -> boolean;
kind(X) when is_atom(X) -> atom;
kind(X) when is_boolean(X) -> never;
kind(_) -> other.
main() ->
    io:format("~p~n", [[kind(X) || X <- [true, false, nil, "true", 1]]]),
    io:format("~p~n", [[is_boolean(X) || X <- [true, false, 'TRUE', 0]]]),
    io:format("~p ~p ~p~n", [true and false, true or false, not true]),
    io:format("~p ~p~n", [true xor true, false orelse ok]),
    io:format("~p~n", [try true and ok catch error:E -> E end]),
    andalso_tail.
