-module(bin_sub_match_loop).
-export([main/0]).
chunks(B, N) when byte_size(B) =< N -> [B];
chunks(B, N) -> <<C:N/binary, R/binary>> = B, [C | chunks(R, N)].
csum(<<>>, A) -> A band 16#FFFF;
csum(<<X:16, R/binary>>, A) -> csum(R, A + X);
csum(<<X:8>>, A) -> csum(<<>>, A + (X bsl 8)).
main() ->
    B = list_to_binary(lists:seq(1, 50)),
    Cs = chunks(B, 7),
    io:format("~p~n", [Cs]),
    io:format("~p~n", [[byte_size(C) || C <- Cs]]),
    io:format("~p~n", [csum(B, 0)]),
    io:format("~p~n", [csum(<<1, 2, 3>>, 0)]),
    iolist_to_binary(Cs) =:= B.
