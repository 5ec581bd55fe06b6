-module(stdlib_unicode).
-export([main/0]).
main() ->
    S = [104, 233, 955, 128512],
    B = unicode:characters_to_binary(S),
    io:format("~p~n", [B]),
    io:format("~p~n", [unicode:characters_to_list(B)]),
    io:format("~p~n", [unicode:characters_to_binary(S, unicode, utf16)]),
    io:format("~p~n", [unicode:characters_to_binary(S, unicode, {utf32, little})]),
    io:format("~p~n", [unicode:characters_to_list(<<233, 255>>, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary([<<"abc">>, [100, 101]])]),
    io:format("~p~n", [unicode:characters_to_binary(<<255, 254>>)]),
    io:format("~p~n", [unicode:characters_to_binary([97, <<200>>])]),
    io:format("~p~n", [unicode:characters_to_list(<<"ab", 206>>)]),
    io:format("~p~n", [unicode:characters_to_binary(<<"é"/utf8>>, utf8, latin1)]),
    io:format("~p~n", [unicode:bom_to_encoding(<<239, 187, 191, "x">>)]),
    io:format("~p~n", [unicode:characters_to_nfd_list("é")]),
    unicode:characters_to_nfc_list([101, 769]).
