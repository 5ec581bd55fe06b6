-module(unicode_norm).
-export([main/0]).

main() ->
    Ss = [<<"e\x{301}"/utf8>>, <<"\x{e9}"/utf8>>, <<"\x{fb01}"/utf8>>, <<"\x{212b}"/utf8>>,
          <<"A\x{30a}"/utf8>>, <<"\x{1e9b}\x{323}"/utf8>>, <<"\x{ac00}"/utf8>>,
          <<"\x{1100}\x{1161}\x{11a8}"/utf8>>, <<"abc">>, <<"\x{2460}\x{ff21}"/utf8>>],
    lists:foreach(fun(S) ->
        io:format("~w ~w ~w ~w~n", [unicode:characters_to_nfc_binary(S),
                                    unicode:characters_to_nfd_binary(S),
                                    unicode:characters_to_nfkc_binary(S),
                                    unicode:characters_to_nfkd_binary(S)])
    end, Ss),
    io:format("~w~n", [unicode:characters_to_nfc_list("e\x{301}a\x{308}")]),
    io:format("~w~n", [unicode:characters_to_nfd_list([<<"\x{e9}"/utf8>>, "x"])]),
    io:format("~w~n", [unicode:characters_to_nfkc_list("\x{fb01}")]),
    io:format("~w~n", [unicode:characters_to_nfkd_list("\x{1e9b}\x{323}")]),
    io:format("~w~n", [string:equal("\x{e9}", "e\x{301}", false, nfc)]),
    ok.
