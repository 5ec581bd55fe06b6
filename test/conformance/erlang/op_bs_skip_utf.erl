-module(op_bs_skip_utf).
-export([main/0]).
%% bs_skip_utf8 / bs_skip_utf16 / bs_skip_utf32: a utf segment matched
%% into `_`, so only its validity and length matter.

drop8(<<_/utf8, R/binary>>) -> {ok, R};
drop8(B) -> {no, B}.

drop16(<<_/utf16, R/binary>>) -> {ok, R};
drop16(B) -> {no, B}.

drop16l(<<_/utf16-little, R/bitstring>>) -> {ok, R};
drop16l(B) -> {no, B}.

drop32(<<_/utf32, R/binary>>) -> {ok, R};
drop32(B) -> {no, B}.

drop32l(<<_/utf32-little, R/binary>>) -> {ok, R};
drop32l(B) -> {no, B}.

%% count characters by skipping them one at a time
count8(<<>>, N) -> N;
count8(<<_/utf8, R/binary>>, N) -> count8(R, N + 1);
count8(_, N) -> {invalid_after, N}.

count16(<<>>, N) -> N;
count16(<<_/utf16, R/binary>>, N) -> count16(R, N + 1);
count16(_, N) -> {invalid_after, N}.

%% skip then match more: the position after the skip must be exact
second8(<<_/utf8, C/utf8, _/binary>>) -> C;
second8(_) -> none.

second32(<<_:4, _/utf32, X:4, _/bitstring>>) -> X;
second32(_) -> none.

main() ->
    U8 = [<<"a">>, <<"ab">>, <<"é!">>, <<"€x"/utf8>>, <<"😀z"/utf8>>,
          <<>>, <<255>>, <<16#C3>>, <<16#C3, 16#28>>, <<16#E2, 16#82>>,
          <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>,
          <<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#F0, 16#80, 16#80, 16#80>>,
          <<16#F8, 16#88, 16#80, 16#80, 16#80>>, <<16#80>>, <<"a", 1:1>>],
    io:format("~w~n", [[drop8(B) || B <- U8]]),
    U16 = [<<0, $a, 0, $b>>, <<16#D8, 16#3D, 16#DE, 0, 1>>, <<16#D8, 16#3D>>,
           <<16#DC, 0, 0, 0>>, <<16#D8, 0, 0, 0>>, <<0>>, <<>>, <<16#FF, 16#FF, 9>>],
    io:format("~w~n", [[{drop16(B), drop16l(B)} || B <- U16]]),
    U32 = [<<0, 0, 0, $a, 7>>, <<0, 16#10, 16#FF, 16#FF>>, <<0, 16#11, 0, 0>>,
           <<0, 0, 16#D8, 0>>, <<16#61, 0, 0, 0>>, <<0, 0, 0>>, <<255, 255, 255, 255>>],
    io:format("~w~n", [[{drop32(B), drop32l(B)} || B <- U32]]),
    Text = unicode:characters_to_binary([$a, 233, 16#20AC, 16#1F600, $z]),
    io:format("~w ~w~n", [count8(Text, 0), count8(<<Text/binary, 255, Text/binary>>, 0)]),
    T16 = unicode:characters_to_binary([$a, 233, 16#20AC, 16#1F600, $z], utf8, utf16),
    io:format("~w ~w~n", [count16(T16, 0), count16(<<T16/binary, 16#DC, 0>>, 0)]),
    io:format("~w~n", [[second8(B) || B <- [Text, <<"é€"/utf8>>, <<"a">>, <<"a", 255>>]]]),
    io:format("~w~n", [[second32(B) || B <- [<<1:4, 0, 0, 0, 65, 9:4>>, <<1:4, 0, 17, 0, 0, 9:4>>]]]),
    ok.
