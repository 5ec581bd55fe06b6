-module(atom_fun_names).
-export([main/0, 'weird name'/0, 'Upper'/1]).
'weird name'() -> called_weird.
'Upper'(X) -> {upper, X}.
main() ->
    io:format("~p~n", [?MODULE:'weird name'()]),
    F = 'Upper',
    io:format("~p~n", [?MODULE:F(1)]),
    io:format("~p~n", [apply(?MODULE, 'Upper', [2])]),
    io:format("~p~n", [erlang:function_exported(?MODULE, 'weird name', 0)]),
    io:format("~p~n", [fun ?MODULE:'Upper'/1]),
    ?MODULE.
