-module(bin_bitstring_ops).
-export([main/0]).
rev(<<>>) -> <<>>;
rev(<<B:1, R/bitstring>>) -> <<(rev(R))/bitstring, B:1>>.
main() ->
    B = <<2#10110:5>>,
    io:format("~p~n", [rev(B)]),
    io:format("~p~n", [rev(<<16#F0>>)]),
    C = <<B/bitstring, B/bitstring, B/bitstring>>,
    io:format("~p ~p~n", [C, bit_size(C)]),
    io:format("~p~n", [<<C/bitstring, 1:1>>]),
    io:format("~p~n", [erlang:bit_size(<<>>)]),
    io:format("~p~n", [[X || <<X:1>> <= C]]),
    <<First:3/bits, _/bits>> = C,
    First.
