-module(bin_append_loop).
-export([main/0]).
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256)>>).
bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bitstring, (N band 1):1>>).
main() ->
    B = build(100000, <<>>),
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [binary:part(B, 0, 10)]),
    io:format("~p~n", [binary:last(B)]),
    Bs = bits(1001, <<>>),
    io:format("~p ~p~n", [bit_size(Bs), Bs]),
    Shared = <<"base">>,
    X1 = <<Shared/binary, "-one">>,
    X2 = <<Shared/binary, "-two">>,
    X3 = <<X1/binary, "!">>,
    io:format("~p ~p ~p ~p~n", [Shared, X1, X2, X3]),
    erlang:crc32(B).
