-module(etf_integers).
-export([main/0]).
main() ->
    L = [0, 1, 255, 256, 65535, -1, -256, 2147483647, 2147483648, -2147483648, -2147483649,
         1 bsl 63, -(1 bsl 63), (1 bsl 64) - 1, 1 bsl 255 + 1, 1 bsl 2048],
    [io:format("~w~n", [binary:part(term_to_binary(I), 0, min(12, byte_size(term_to_binary(I))))]) || I <- L],
    [binary_to_term(term_to_binary(I)) || I <- L] =:= L.
