-module(rec_large).
-export([main/0]).
-record(big, {f1 = 1, f2 = 2, f3 = 3, f4 = 4, f5 = 5, f6 = 6, f7 = 7, f8 = 8, f9 = 9, f10 = 10,
              f11 = 11, f12 = 12, f13 = 13, f14 = 14, f15 = 15, f16 = 16, f17 = 17, f18 = 18}).
main() ->
    B = #big{},
    io:format("~p~n", [B]),
    B2 = B#big{f1 = a, f18 = z, f9 = middle},
    io:format("~p~n", [B2]),
    io:format("~p~n", [lists:sum([X || X <- tuple_to_list(B), is_integer(X)])]),
    B2#big.f9.
