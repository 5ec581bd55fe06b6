-module(etf_maps_order).
-export([main/0]).
main() ->
    M = #{b => 2, a => 1, c => 3, 1 => one},
    io:format("~w~n", [term_to_binary(M)]),
    io:format("~w~n", [term_to_binary(#{[] => <<>>})]),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
    B = term_to_binary(Big),
    io:format("~p~n", [byte_size(B)]),
    io:format("~w~n", [binary:part(B, 0, 24)]),
    io:format("~p~n", [erlang:phash2(B)]),
    binary_to_term(B) =:= Big.
