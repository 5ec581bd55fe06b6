-module(conv_binary_integer).
-export([main/0]).
main() ->
    io:format("~p~n", [integer_to_binary(12345)]),
    io:format("~p~n", [integer_to_binary(-12345, 16)]),
    io:format("~p~n", [binary_to_integer(<<"-99">>)]),
    io:format("~p~n", [binary_to_integer(<<"7fffffffffffffffff">>, 16)]),
    io:format("~p~n", [try binary_to_integer(<<"1.0">>) catch error:E -> E end]),
    io:format("~p~n", [binary_to_list(integer_to_binary(1 bsl 64))]),
    io:format("~p~n", [float_to_binary(1.5)]),
    io:format("~p~n", [float_to_binary(1.5, [{decimals, 3}])]),
    io:format("~p~n", [binary_to_float(<<"-1.25e2">>)]),
    io:format("~p~n", [atom_to_binary(abc, latin1)]),
    io:format("~p~n", [list_to_binary(integer_to_list(42))]),
    binary_to_integer(<<"000123">>).
