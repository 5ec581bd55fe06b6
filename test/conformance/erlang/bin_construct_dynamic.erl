-module(bin_construct_dynamic).
-export([main/0]).
pack(Fields) -> << <<(byte_size(F)):8, F/binary>> || F <- Fields >>.
unpack(<<>>) -> [];
unpack(<<N, F:N/binary, R/binary>>) -> [F | unpack(R)].
main() ->
    P = pack([<<"a">>, <<"bcd">>, <<>>, <<"efghij">>]),
    io:format("~p~n", [P]),
    io:format("~p~n", [unpack(P)]),
    Sizes = [1, 2, 3, 5, 8, 13],
    B = << <<I:S>> || {I, S} <- lists:zip(lists:seq(1, 6), Sizes) >>,
    io:format("~p ~p~n", [B, bit_size(B)]),
    V = 16#1234,
    io:format("~p~n", [<<V:16/little, V:16/big, V:16/native>> =/= <<>>]),
    <<(V bsr 8), (V band 255)>>.
