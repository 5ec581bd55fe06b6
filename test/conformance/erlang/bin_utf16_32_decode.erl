-module(bin_utf16_32_decode).
-export([main/0]).
d16le(<<>>) -> [];
d16le(<<C/utf16-little, R/binary>>) -> [C | d16le(R)].
d32(<<>>) -> [];
d32(<<C/utf32, R/binary>>) -> [C | d32(R)].
main() ->
    B = <<$h, 0, 16#3D, 16#D8, 16#00, 16#DE, 16#AC, 16#20>>,
    io:format("~p~n", [d16le(B)]),
    io:format("~p~n", [d32(<<0, 0, 0, 65, 0, 1, 244, 169>>)]),
    Lone = case <<16#00, 16#DC>> of <<C/utf16-little>> -> {ok, C}; _ -> lone_surrogate end,
    io:format("~p~n", [Lone]),
    Bad32 = case <<0, 17, 0, 0>> of <<C2/utf32>> -> {ok, C2}; _ -> too_big end,
    io:format("~p~n", [Bad32]),
    io:format("~p~n", [unicode:characters_to_list(B, {utf16, little})]),
    byte_size(<<128512/utf16>>).
