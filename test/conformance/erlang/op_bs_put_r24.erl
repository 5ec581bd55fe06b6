-module(op_bs_put_r24).
-export([main/0]).
%% OTP 24 binary construction (bs_init_bits, bs_add, bs_put_integer,
%% bs_put_binary, bs_put_float, bs_put_string, bs_put_utf8/16/32,
%% bs_utf8_size, bs_utf16_size), as in Elixir's own .beam files: r24 makes
%% OTP 25's erlc emit these instead of bs_create_bin.
-compile([r24]).

try_(F) ->
    try F() catch C:R -> {C, R} end.

%% ---- integers
int(X, N) -> <<X:N>>.
int_s(X, N) -> <<X:N/signed>>.
int_l(X, N) -> <<X:N/little>>.
int_sl(X, N) -> <<X:N/signed-little>>.
int_n(X, N) -> <<X:N/native>>.
int_u(X, N) -> <<X:N/unit:3>>.
int_pair(X, N) -> <<X:N, X:N/little, 1:1>>.

ints() ->
    Xs = [0, 1, -1, 5, -5, 127, 128, -128, 255, 256, 65535, -65536,
          16#123456789, -16#123456789, 1 bsl 64, -(1 bsl 64) + 3, (1 bsl 100) + 7],
    Ns = [0, 1, 3, 7, 8, 9, 13, 16, 17, 24, 31, 32, 33, 47, 63, 64, 65, 100, 129],
    [io:format("~w ~w~n", [X, [{int(X, N), int_s(X, N), int_l(X, N), int_sl(X, N)} || N <- Ns]]) || X <- Xs],
    io:format("~w~n", [[int_n(16#0102030405, N) || N <- [8, 16, 24, 40, 44]]]),
    io:format("~w~n", [[int_u(16#ABCDEF, N) || N <- [0, 1, 2, 5, 8, 11]]]),
    io:format("~w~n", [[int_pair(-3, N) || N <- [2, 5, 12, 20]]]),
    %% bad sizes and values
    io:format("~w~n", [[try_(fun() -> int(1, N) end) || N <- [-1, a, 1.0, 1 bsl 64, [8]]]]),
    io:format("~w~n", [[try_(fun() -> int(X, 8) end) || X <- [1.0, a, <<1>>, "a", []]]]),
    io:format("~w~n", [try_(fun() -> int_u(1, -2) end)]).

%% ---- floats
flt(F, N) -> <<F:N/float>>.
flt_l(F, N) -> <<F:N/float-little>>.
flt64(F) -> <<F/float>>.
flt32(F) -> <<F:32/float, 7:4>>.

floats() ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159, 1.0e10, -2.5e-3, 65504.0, 1.0e-5, 3.4e38],
    [io:format("~w ~w~n", [F, [{flt(F, N), flt_l(F, N)} || N <- [16, 32, 64]]]) || F <- Fs],
    io:format("~w~n", [[flt64(X) || X <- [1, -7, 1 bsl 60, 255]]]),
    io:format("~w~n", [[flt32(X) || X <- [1, 2.5, -100]]]),
    io:format("~w~n", [[try_(fun() -> flt(1.0, N) end) || N <- [0, 8, 24, 33, 128, -32, x]]]),
    io:format("~w~n", [[try_(fun() -> flt(X, 32) end) || X <- [1.0e39, -1.0e300, 1 bsl 200, a, <<0>>]]]),
    io:format("~w~n", [[try_(fun() -> flt(X, 16) end) || X <- [65520.0, 1.0e6, 70000, 0.5]]]),
    io:format("~w~n", [try_(fun() -> flt64(1 bsl 1100) end)]).

%% ---- binaries and bitstrings
bin(B) -> <<B/binary>>.
bin_n(B, N) -> <<B:N/binary>>.
bits(B) -> <<B/bitstring>>.
bits_n(B, N) -> <<B:N/bitstring>>.
mixed(B, X) -> <<X:3, B/binary, X:5, B/bitstring>>.
unit4(B, N) -> <<B:N/binary-unit:4>>.

binaries() ->
    <<_:3, Odd/bitstring>> = <<"abcdef">>,
    <<_:8, Sub:3/binary, _/binary>> = <<"abcdef">>,
    <<_:5, Off:2/binary, _/bitstring>> = <<"abcdef">>,
    Big = list_to_binary(lists:seq(0, 255)),
    Bs = [<<>>, <<1, 2, 3>>, Sub, Off],
    io:format("~w~n", [[bin(B) || B <- Bs]]),
    io:format("~w~n", [[bits(B) || B <- [Odd, <<1:1>>, Off | Bs]]]),
    io:format("~w~n", [[bin_n(<<"abcdef">>, N) || N <- [0, 1, 3, 6]]]),
    io:format("~w~n", [[bits_n(Odd, N) || N <- [0, 1, 9, 45]]]),
    io:format("~w~n", [[mixed(B, 21) || B <- Bs]]),
    io:format("~w~n", [[unit4(<<"abcdef">>, N) || N <- [0, 2, 6, 12]]]),
    io:format("~w~n", [byte_size(bin(Big)) + bit_size(bits(<<Big/binary, 1:2>>))]),
    io:format("~w~n", [[try_(fun() -> bin(B) end) || B <- [Odd, <<1:1>>, "abc", 1, a]]]),
    io:format("~w~n", [[try_(fun() -> bin_n(<<"abc">>, N) end) || N <- [4, -1, a, 1.5]]]),
    io:format("~w~n", [[try_(fun() -> bits_n(Odd, N) end) || N <- [46, -1]]]),
    io:format("~w~n", [[try_(fun() -> unit4(<<"ab">>, N) end) || N <- [3, 5]]]).

%% ---- strings and utf
str(X) -> <<"pre", X:8, "fix", "">>.
u8(C) -> <<C/utf8>>.
u16(C) -> <<C/utf16>>.
u16l(C) -> <<C/utf16-little>>.
u32(C) -> <<C/utf32>>.
u32l(C) -> <<C/utf32-little>>.
utf_all(C) -> <<C/utf8, 0:1, C/utf16, C/utf32-little>>.
ustr() -> <<"héllo wörld ☃"/utf8, "ok"/utf16, "€"/utf32>>.

utf() ->
    io:format("~w~n", [[str(X) || X <- [0, $-, 255]]]),
    Cs = [0, $a, 127, 128, 16#7FF, 16#800, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#1F600, 16#10FFFF],
    [io:format("~.16B ~w~n", [C, [u8(C), u16(C), u16l(C), u32(C), u32l(C)]]) || C <- Cs],
    io:format("~w~n", [[bit_size(utf_all(C)) || C <- Cs]]),
    io:format("~w~n", [utf_all(16#1F600)]),
    io:format("~w~n", [ustr()]),
    Bad = [-1, 16#D800, 16#DFFF, 16#110000, 1 bsl 70, a, 1.0, <<"a">>],
    io:format("~w~n", [[{try_(fun() -> u8(C) end), try_(fun() -> u16(C) end), try_(fun() -> u32(C) end)}
                        || C <- Bad]]),
    io:format("~w~n", [try_(fun() -> utf_all(16#D900) end)]).

main() ->
    ints(),
    floats(),
    binaries(),
    utf(),
    ok.
