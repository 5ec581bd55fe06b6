-module(bin_compare).
-export([main/0]).
main() ->
    L = [<<"b">>, <<"a">>, <<"ab">>, <<>>, <<1:1>>, <<0:1>>, <<"a", 0:1>>, <<255>>, <<0>>],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [<<1:1>> < <<1>>]),
    io:format("~p~n", [<<"abc">> == <<"abc">>]),
    io:format("~p~n", [<<1, 2>> =:= <<1:8, 2:8>>]),
    io:format("~p~n", [<<0:7>> < <<0:8>>]),
    io:format("~p~n", [<<"a">> < "a"]),
    {<<"z">> > <<"abc">>, <<>> < <<0:1>>}.
