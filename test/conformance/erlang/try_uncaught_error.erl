-module(try_uncaught_error).
-export([main/0]).
main() ->
    io:format("before crash~n"),
    X = list_to_integer("12"),
    io:format("~p~n", [X]),
    error({deliberate, X}).
