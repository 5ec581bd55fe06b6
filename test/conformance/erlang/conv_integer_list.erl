-module(conv_integer_list).
-export([main/0]).
main() ->
    io:format("~p~n", [integer_to_list(255)]),
    io:format("~p~n", [integer_to_list(-255, 16)]),
    io:format("~p~n", [integer_to_list(255, 2)]),
    io:format("~p~n", [integer_to_list(1 bsl 80, 36)]),
    io:format("~p~n", [list_to_integer("-0042")]),
    io:format("~p~n", [list_to_integer("ff", 16)]),
    io:format("~p~n", [list_to_integer("Zz", 36)]),
    io:format("~p~n", [list_to_integer("+17")]),
    io:format("~p~n", [try list_to_integer("") catch error:E -> E end]),
    io:format("~p~n", [try list_to_integer("12", 37) catch error:E2 -> E2 end]),
    io:format("~p~n", [try list_to_integer(" 1") catch error:E3 -> E3 end]),
    list_to_integer("123456789012345678901234567890").
