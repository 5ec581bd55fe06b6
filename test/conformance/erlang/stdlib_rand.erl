-module(stdlib_rand).
-export([main/0]).
main() ->
    rand:seed(exsss, {1, 2, 3}),
    io:format("~p~n", [[rand:uniform(100) || _ <- lists:seq(1, 10)]]),
    io:format("~p~n", [rand:uniform()]),
    io:format("~p~n", [rand:uniform(1 bsl 70)]),
    io:format("~p~n", [rand:normal()]),
    S0 = rand:seed_s(exsss, {4, 5, 6}),
    {X, S1} = rand:uniform_s(1000, S0),
    {Y, _} = rand:uniform_s(1000, S1),
    io:format("~p ~p~n", [X, Y]),
    rand:seed(exro928ss, {7, 8, 9}),
    io:format("~p~n", [[rand:uniform(6) || _ <- lists:seq(1, 8)]]),
    rand:seed(exsss, 42),
    io:format("~p~n", [rand:bytes(8)]),
    L = lists:sort([{rand:uniform(), I} || I <- lists:seq(1, 10)]),
    [I || {_, I} <- L].
