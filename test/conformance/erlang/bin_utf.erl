-module(bin_utf).
-export([main/0]).
dec8(<<>>) -> [];
dec8(<<C/utf8, R/binary>>) -> [C | dec8(R)].
dec16(<<>>) -> [];
dec16(<<C/utf16, R/binary>>) -> [C | dec16(R)].
main() ->
    S = [$a, 233, 955, 8364, 128512],
    B8 = << <<C/utf8>> || C <- S >>,
    B16 = << <<C/utf16>> || C <- S >>,
    B16L = << <<C/utf16-little>> || C <- S >>,
    B32 = << <<C/utf32>> || C <- S >>,
    io:format("~p~n~p~n~p~n~p~n", [B8, B16, B16L, B32]),
    io:format("~p~n", [dec8(B8)]),
    io:format("~p~n", [dec16(B16)]),
    <<X/utf32-little, _/binary>> = <<128512/utf32-little, 0>>,
    io:format("~p~n", [X]),
    io:format("~p~n", [try <<16#D800/utf8>> catch error:R -> R end]),
    io:format("~p~n", [try <<16#110000/utf8>> catch error:R2 -> R2 end]),
    Bad = case <<16#C0, 16#80>> of <<Z/utf8>> -> Z; _ -> nomatch end,
    io:format("~p~n", [Bad]),
    <<_:3, A/utf8, Rest/bits>> = <<1:3, 233/utf8, 2:2>>,
    {A, Rest}.
