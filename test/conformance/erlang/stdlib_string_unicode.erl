-module(stdlib_string_unicode).
-export([main/0]).
main() ->
    S = "Straße λx",
    io:format("~p~n", [string:uppercase(S)]),
    io:format("~p~n", [string:length(S)]),
    io:format("~p~n", [string:casefold("ΣΑΣ")]),
    io:format("~p~n", [string:reverse(<<"añb"/utf8>>)]),
    io:format("~p~n", [string:next_grapheme("éa")]),
    io:format("~p~n", [string:to_graphemes("e\x{301}x")]),
    io:format("~p~n", [unicode:characters_to_binary(string:titlecase("ǆemal"))]),
    string:split(<<"a→b→c"/utf8>>, <<"→"/utf8>>, all).
