-module(bin_hex).
-export([main/0]).
hex(B) -> << <<(hd(integer_to_list(N, 16))):8>> || <<N:4>> <= B >>.
main() ->
    io:format("~s~n", [hex(<<"Hello">>)]),
    io:format("~p~n", [binary:encode_hex(<<1, 171, 255>>)]),
    io:format("~p~n", [binary:decode_hex(<<"01abFF">>)]),
    io:format("~p~n", [[X || <<X:2>> <= <<2#11100100>>]]),
    io:format("~p~n", [<< <<X:2>> || X <- [3, 2, 1, 0, 1] >>]),
    io:format("~p~n", [[{A, B} || <<A:4, B:4>> <= <<16#12, 16#34, 16#5>>]]),
    hex(<<255, 0, 16>>).
