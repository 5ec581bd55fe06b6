-module(gap_bin_append).
-export([main/0]).
%% Appending to a sub-binary that starts inside its buffer and cannot grow in
%% place (unicode.erl's ml_map does this for utf16 split across binaries).
main() ->
    B = list_to_binary([0, 97, 216]),
    <<_:16, R/binary>> = B,
    <<Fill:3/binary, _/binary>> = list_to_binary([61, 222, 0]),
    io:format("~w~n", [<<R/binary, Fill/binary>>]),
    <<_:5, R5/bitstring>> = B,
    io:format("~w~n", [<<R5/bitstring, Fill/binary>>]),
    io:format("~w~n", [unicode:characters_to_list([<<0, 97, 216>>, <<61, 222, 0>>], utf16)]),
    io:format("~w~n", [unicode:characters_to_binary([<<0, 0, 0>>, <<97, 0, 1, 0, 0>>], utf32)]).
