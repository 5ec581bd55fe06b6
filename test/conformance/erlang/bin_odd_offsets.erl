-module(bin_odd_offsets).
-export([main/0]).
main() ->
    B = <<1:3, 16#ABCD:16, 5:5, "xyz">>,
    io:format("~p ~p~n", [B, bit_size(B)]),
    <<P:3, Q:16, R:5, Rest/binary>> = B,
    io:format("~p~n", [{P, Q, R, Rest}]),
    <<_:1, Bits:7/bitstring, _/bitstring>> = <<255, 0>>,
    io:format("~p~n", [Bits]),
    C = <<7:3, "hello">>,
    <<_:3, Word:5/binary>> = C,
    io:format("~p~n", [Word]),
    <<_:3, W2/binary>> = C,
    io:format("~p~n", [W2]),
    D = <<1:1, (-1):13/signed, 3:2>>,
    <<E:1, Fv:13/signed, G:2>> = D,
    io:format("~p~n", [{D, E, Fv, G}]),
    <<_:5, F64:64/float, _:3>> = <<0:5, 1.5:64/float, 0:3>>,
    io:format("~p~n", [F64]),
    <<_:2, I:40/little, _:6>> = <<0:2, 16#0102030405:40/little, 0:6>>,
    {I, byte_size(<<1:9>>), bit_size(<<1:9>>)}.
