-module(bignum_pow).
-export([main/0]).
pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
main() ->
    io:format("~p~n", [pow(2, 256)]),
    io:format("~p~n", [pow(-3, 101)]),
    io:format("~p~n", [pow(10, 50) - 1]),
    io:format("~p~n", [integer_to_list(pow(7, 77), 36)]),
    pow(2, 64) - pow(2, 63).
