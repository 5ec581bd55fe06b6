-module(phash_ranges).
-export([main/0]).
main() ->
    Ts = [hello, {1, 2}, "string", <<"bin">>, 123456789, 3.14],
    [io:format("~p ~p ~p ~p~n", [erlang:phash2(T, 1), erlang:phash2(T, 7), erlang:phash2(T, 1 bsl 32),
                                 erlang:phash(T, 1000)]) || T <- Ts],
    io:format("~p~n", [try erlang:phash2(a, 0) catch error:E -> E end]),
    [erlang:phash2(I, 16) || I <- lists:seq(1, 20)].
