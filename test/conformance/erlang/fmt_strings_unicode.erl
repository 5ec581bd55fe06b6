-module(fmt_strings_unicode).
-export([main/0]).
main() ->
    S = [104, 233, 955, 8364],
    io:format("~tp~n", [S]),
    io:format("~p~n", [S]),
    io:format("~tw~n", [S]),
    io:format("~ts~n", [S]),
    B = <<"héλ€"/utf8>>,
    io:format("~tp~n", [B]),
    io:format("~p~n", [B]),
    io:format("~ts~n", [B]),
    io:format("~s~n", [[104, 233]]),
    io:format("~tp~n", [[233, 252]]),
    io:format("~ts|~10ts|~n", ["λ", "λ"]),
    L = io_lib:format("~ts", [S]),
    {length(lists:flatten(L)), lists:flatten(L) =:= S}.
