-module(crypto_rand).
-export([main/0]).

%% Random values differ run to run: print only their shapes.
main() ->
    [io:format("~p~n", [byte_size(crypto:strong_rand_bytes(N))]) || N <- [0, 1, 16, 100000]],
    B1 = crypto:strong_rand_bytes(32),
    B2 = crypto:strong_rand_bytes(32),
    io:format("~p~n", [B1 =/= B2]),
    R = [crypto:rand_uniform(10, 20) || _ <- lists:seq(1, 200)],
    io:format("~p~n", [lists:all(fun(X) -> X >= 10 andalso X < 20 end, R)]),
    io:format("~p~n", [try crypto:strong_rand_bytes(-1) catch C:E -> {C, E} end]),
    io:format("~p~n", [element(1, hd(crypto:info_lib())) =/= <<>>]),
    io:format("~p~n", [is_map(crypto:info())]),
    ok.
