-module(fmt_print_records_like).
-export([main/0]).
-record(person, {name, age = 0, tags = []}).
main() ->
    P = #person{name = "Ann", age = 33, tags = [a, b]},
    io:format("~p~n", [P]),
    io:format("~w~n", [P]),
    io:format("~p~n", [[P, P#person{name = "Bob"}]]),
    io:format("~p~n", [record_info(fields, person)]),
    P.
