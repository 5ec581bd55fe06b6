-module(op_bs_init2).
-export([main/0]).
%% bs_init2 (hand-written in op_bs_init2_asm.S, since OTP 25's erlc no
%% longer emits it): fixed and run-time byte sizes, bad sizes, a fail label.

try_(F) ->
    try F() catch C:R -> {C, R} end.

main() ->
    A = op_bs_init2_asm,
    io:format("~w~n", [[A:fixed(X) || X <- [0, 1, -1, 16#01020304, 1 bsl 40, -(1 bsl 31)]]]),
    <<_:8, Sub:2/binary, _/binary>> = <<"wxyz">>,
    io:format("~w~n", [[A:concat(X, Y) || {X, Y} <- [{<<>>, <<>>}, {<<"ab">>, <<"c">>}, {Sub, Sub},
                                                      {<<"x">>, binary:copy(<<"yz">>, 3)}]]]),
    io:format("~w~n", [[A:sized(N, -2) || N <- [0, 1, 2, 3, 9]]]),
    io:format("~w~n", [[A:guarded(N) || N <- [0, 1, 4, -1, a, 1.0, [], 1 bsl 64]]]),
    io:format("~w~n", [[A:strs(X) || X <- [$-, 0, 256 + $!]]]),
    io:format("~w~n", [[A:floats(F) || F <- [0.0, 1.5, -2, 1.0e-3]]]),
    io:format("~w~n", [[A:utf8(C) || C <- [0, $a, 233, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF]]]),
    io:format("~w~n", [[A:nibbles(X, Y) || {X, Y} <- [{1, 2}, {15, 255}, {-1, 16#1234}]]]),
    io:format("~w~n", [A:zero()]),
    %% failures without a fail label raise
    io:format("~w~n", [[try_(fun() -> A:fixed(X) end) || X <- [a, 1.0, <<1>>]]]),
    io:format("~w~n", [[try_(fun() -> A:concat(X, Y) end) || {X, Y} <- [{a, <<>>}, {<<>>, 1},
                                                                         {<<1:1>>, <<>>}]]]),
    io:format("~w~n", [[try_(fun() -> A:sized(N, 1) end) || N <- [-1, a, 1.5, 1 bsl 64]]]),
    io:format("~w~n", [[try_(fun() -> A:floats(X) end) || X <- [a, 1 bsl 1024]]]),
    io:format("~w~n", [[try_(fun() -> A:utf8(C) end) || C <- [-1, 16#D800, 16#110000]]]),
    ok.
