-module(bin_to_term_print).
-export([main/0]).
main() ->
    io:format("~p~n", [<<"printable">>]),
    io:format("~p~n", [<<"tab\tnew\nline">>]),
    io:format("~p~n", [<<0, 1, 2>>]),
    io:format("~p~n", [<<"caf", 233>>]),
    io:format("~p~n", [<<"café"/utf8>>]),
    io:format("~tp~n", [<<"café"/utf8>>]),
    io:format("~w~n", [<<"abc">>]),
    io:format("~p~n", [<<"abc", 1:3>>]),
    io:format("~p~n", [list_to_binary(lists:seq(32, 126))]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $x))]),
    io:format("~s~n", [<<"binary as string">>]),
    [<<"in">>, <<"list">>].
