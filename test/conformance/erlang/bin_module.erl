-module(bin_module).
-export([main/0]).
main() ->
    S = <<"the cat sat on the mat">>,
    io:format("~p~n", [binary:split(S, <<" ">>)]),
    io:format("~p~n", [binary:split(S, <<" ">>, [global])]),
    io:format("~p~n", [binary:split(S, [<<"at">>, <<"on">>], [global, trim])]),
    io:format("~p~n", [binary:match(S, <<"at">>)]),
    io:format("~p~n", [binary:matches(S, <<"at">>)]),
    io:format("~p~n", [binary:match(S, <<"dog">>)]),
    io:format("~p~n", [binary:replace(S, <<"at">>, <<"og">>, [global])]),
    io:format("~p~n", [binary:replace(S, <<"the">>, <<"a">>)]),
    io:format("~p~n", [binary:at(S, 4)]),
    io:format("~p~n", [binary:first(S)]),
    io:format("~p~n", [binary:longest_common_prefix([<<"prefix">>, <<"prelude">>])]),
    io:format("~p~n", [binary:longest_common_suffix([<<"ending">>, <<"sing">>])]),
    io:format("~p~n", [binary:encode_unsigned(65535)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0, 0>>, little)]),
    binary:split(<<",a,,b,">>, <<",">>, [global]).
