-module(op_bs_append_alias_r24).
-export([main/0]).
%% bs_append aliasing (OTP 24 instructions, -compile([r24])): a binary that
%% was grown in place may share its buffer with sub-binaries, with older
%% versions of itself and with binaries matched out of it; appending to any
%% of them must never change what another one holds.
-compile([r24]).

app(Acc, X) -> <<Acc/binary, X>>.
app2(Acc, X) -> <<Acc/binary, X:16>>.
appb(Acc, X) -> <<Acc/bitstring, X:1>>.

grow(Acc, 0) -> Acc;
grow(Acc, N) -> grow(app(Acc, N), N - 1).

main() ->
    B = grow(<<>>, 10),
    <<Pre:3/binary, _/binary>> = B,
    C = app(Pre, 99),
    D = app(B, 100),
    E = app(B, 101),
    io:format("~w~n~w~n~w~n~w~n~w~n", [B, Pre, C, D, E]),
    %% a prefix of a prefix, both grown
    <<P1:5/binary, _/binary>> = D,
    <<P2:2/binary, _/binary>> = P1,
    X1 = app2(P1, 16#AAAA),
    X2 = app2(P2, 16#BBBB),
    X3 = app2(X1, 16#CCCC),
    io:format("~w~n~w~n~w~n~w~n~w~n~w~n", [P1, P2, X1, X2, X3, D]),
    %% a suffix (sub-binary ending at the buffer's end) grown
    <<_:7/binary, Suf/binary>> = D,
    Y1 = app(Suf, 1),
    Y2 = app(D, 2),
    io:format("~w~n~w~n~w~n~w~n", [Suf, Y1, Y2, D]),
    %% bitstrings grown one bit at a time from a shared start
    Bits = lists:foldl(fun(I, A) -> appb(A, I band 1) end, <<>>, lists:seq(1, 20)),
    <<Head:9/bitstring, _/bitstring>> = Bits,
    Z1 = appb(Head, 1),
    Z2 = appb(Bits, 0),
    Z3 = appb(Bits, 1),
    io:format("~w~n~w~n~w~n~w~n~w~n", [Bits, Head, Z1, Z2, Z3]),
    %% the empty binary, and a binary from a term, as accumulators
    io:format("~w ~w~n", [app(<<>>, 1), app(<<>>, 2)]),
    T = term_to_binary({a, 1}),
    io:format("~w ~w ~w~n", [app(T, 0), T, binary_to_term(T)]),
    %% many branches from one accumulator, kept in a list
    Base = grow(<<"base">>, 3),
    Branches = [app(Base, I) || I <- lists:seq(1, 5)],
    io:format("~w~n", [[binary:last(X) || X <- Branches]]),
    io:format("~w~n", [Branches]),
    ok.
