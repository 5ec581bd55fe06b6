-module(op_bs_append_r24).
-export([main/0]).
%% OTP 24 append instructions: bs_append (<<Acc/binary, ...>>) and
%% bs_private_append (binary comprehensions), as in Elixir's .beam files.
%% An appended binary may reuse the space after its source, but every
%% earlier value must stay unchanged.
-compile([r24]).

try_(F) ->
    try F() catch C:R -> {C, R} end.

app_byte(Acc, X) -> <<Acc/binary, X>>.
app_bits(Acc, X) -> <<Acc/bitstring, X:3>>.
app_bin(Acc, B) -> <<Acc/binary, B/binary>>.
app_sized(Acc, X, N) -> <<Acc/binary, X:N/little>>.
app_utf8(Acc, C) -> <<Acc/binary, C/utf8>>.
app_float(Acc, F) -> <<Acc/binary, F:32/float>>.

build([], Acc) -> Acc;
build([H | T], Acc) -> build(T, <<Acc/binary, H:16>>).

build_bits(0, Acc) -> Acc;
build_bits(N, Acc) -> build_bits(N - 1, <<Acc/bitstring, N:5>>).

%% bs_private_append: the comprehension owns its accumulator
comp(L) -> << <<X:8>> || X <- L >>.
comp_bits(L) -> << <<X:3>> || X <- L >>.
comp_bin(B) -> << <<(X + 1)>> || <<X>> <= B >>.
comp_var(L) -> << <<X:N>> || {X, N} <- L >>.
comp_filter(B) -> << <<C/utf8>> || <<C/utf8>> <= B, C > 127 >>.

main() ->
    %% branching from one accumulator: both results must be kept apart
    A0 = app_byte(<<>>, 1),
    A1 = app_byte(A0, 2),
    A2 = app_byte(A0, 3),
    A3 = app_byte(A1, 4),
    A4 = app_byte(A1, 5),
    io:format("~w~n", [[A0, A1, A2, A3, A4]]),
    %% appending to a literal, to a sub-binary, to a bitstring at an odd offset
    Lit = <<"literal">>,
    io:format("~w ~w~n", [app_byte(Lit, $!), Lit]),
    <<_:16, Sub:3/binary, Rest/binary>> = <<"abcdefgh">>,
    io:format("~w ~w ~w~n", [app_byte(Sub, $X), Sub, Rest]),
    io:format("~w~n", [app_bin(Sub, Rest)]),
    <<_:3, Odd/bitstring>> = <<"xyz">>,
    B1 = app_bits(Odd, 5),
    B2 = app_bits(Odd, 2),
    io:format("~w ~w ~w~n", [B1, B2, Odd]),
    io:format("~w~n", [app_bits(app_bits(<<>>, 7), 1)]),
    io:format("~w~n", [[app_sized(<<9>>, -2, N) || N <- [0, 1, 4, 8, 12, 24, 70]]]),
    io:format("~w~n", [[app_utf8(<<"a">>, C) || C <- [$b, 233, 16#20AC, 16#1F600]]]),
    io:format("~w~n", [app_float(app_float(<<>>, 1.5), -2)]),
    %% long loops: linear time, and the intermediate values stay intact
    Big = build(lists:seq(1, 20000), <<>>),
    io:format("~w ~w ~w~n", [byte_size(Big), binary:part(Big, 0, 6), binary:part(Big, 39994, 6)]),
    Half = build(lists:seq(1, 10), <<>>),
    More1 = build([100, 101], Half),
    More2 = build([200], Half),
    io:format("~w~n~w~n~w~n", [Half, More1, More2]),
    Bits = build_bits(1000, <<>>),
    io:format("~w ~w~n", [bit_size(Bits), erlang:md5(Bits)]),
    %% binaries sent as messages and appended to on both sides
    Self = self(),
    Msg = app_byte(<<"msg">>, 1),
    Pid = spawn(fun() -> receive {B, From} -> From ! {self(), app_byte(B, 2)} end end),
    Pid ! {Msg, Self},
    Reply = receive {Pid, R} -> R end,
    io:format("~w ~w ~w~n", [Msg, Reply, app_byte(Msg, 3)]),
    %% comprehensions
    io:format("~w~n", [comp(lists:seq(250, 260))]),
    io:format("~w~n", [comp_bits(lists:seq(0, 10))]),
    io:format("~w~n", [comp_bin(<<0, 1, 2, 254>>)]),
    io:format("~w~n", [comp_var([{1, 1}, {2, 2}, {3, 3}, {255, 8}, {-1, 13}])]),
    io:format("~w~n", [comp_filter(<<"aé€b😀"/utf8>>)]),
    io:format("~w~n", [byte_size(comp(lists:duplicate(50000, 7)))]),
    %% failures
    io:format("~w~n", [[try_(fun() -> app_byte(B, 1) end) || B <- [Odd, <<1:1>>, "ab", 1, a]]]),
    io:format("~w~n", [[try_(fun() -> app_byte(<<>>, X) end) || X <- [a, 1.0, <<1>>]]]),
    io:format("~w~n", [[try_(fun() -> app_bits(B, 1) end) || B <- [[], x, {<<>>}]]]),
    io:format("~w~n", [[try_(fun() -> app_bin(<<"a">>, B) end) || B <- [Odd, 5, [1]]]]),
    io:format("~w~n", [[try_(fun() -> app_sized(<<"a">>, 1, N) end) || N <- [-1, a, 1.0]]]),
    io:format("~w~n", [[try_(fun() -> app_utf8(<<"a">>, C) end) || C <- [-1, 16#D800, 16#110000, a]]]),
    io:format("~w~n", [try_(fun() -> comp([1, a]) end)]),
    io:format("~w~n", [try_(fun() -> comp_var([{1, -1}]) end)]),
    ok.
