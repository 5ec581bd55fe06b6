-module(bin_construct).
-export([main/0]).
main() ->
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc">>]),
    io:format("~p~n", [<<256:16, -1:8, 1:16/little, 1:32/big>>]),
    io:format("~p~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~p~n", [<<5:3, 200>>]),
    io:format("~p~n", [<<3.5/float>>]),
    io:format("~p~n", [<<3.5:32/float-little>>]),
    io:format("~p~n", [<<(-2):16/signed-little>>]),
    X = <<"xy">>,
    io:format("~p~n", [<<X/binary, X:1/binary, "z">>]),
    io:format("~p~n", [<<"hello"/utf8, 955/utf8>>]),
    io:format("~p~n", [<<1:64/unit:1, 2:2/unit:8>>]),
    <<>>.
