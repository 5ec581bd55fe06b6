-module(op_bs_guard_r24).
-export([main/0]).
%% OTP 24 binary construction inside guards (-compile([r24])): every
%% bs_add / bs_init_bits / bs_put_* has a fail label, so a bad segment makes
%% the guard fail instead of raising.
-compile([r24]).

int(X, N) when <<X:N>> =/= <<>> -> nonempty;
int(_, _) -> empty_or_bad.

flt(F, N) when byte_size(<<F:N/float>>) > 0 -> ok;
flt(_, _) -> bad.

bin(B, N) when bit_size(<<B:N/binary, 1:1>>) > 0 -> ok;
bin(_, _) -> bad.

app(Acc, X) when byte_size(<<Acc/binary, X>>) > 1 -> {ok, <<Acc/binary, X>>};
app(_, _) -> bad.

utf(C) when <<C/utf8>> =/= <<C/utf16>> -> differs;
utf(_) -> same_or_bad.

main() ->
    io:format("~w~n", [[int(X, N) || X <- [1, -1, a, 1.0], N <- [0, 8, -1, b, 1 bsl 64]]]),
    io:format("~w~n", [[flt(F, N) || F <- [1.0, 1, a, 1.0e300], N <- [16, 32, 64, 8, x]]]),
    io:format("~w~n", [[bin(B, N) || B <- [<<"abc">>, <<1:1>>, x], N <- [0, 3, 4, -1, a]]]),
    io:format("~w~n", [[app(A, X) || A <- [<<>>, <<1>>, <<1:1>>, a], X <- [2, a]]]),
    io:format("~w~n", [[utf(C) || C <- [0, $a, 16#10000, -1, 16#D800, a]]]),
    ok.
