-module(float_sum).
-export([main/0]).
main() ->
    Xs = [math:sin(I) || I <- lists:seq(1, 200)],
    S = lists:sum(Xs),
    io:format("~p~n", [S]),
    io:format("~.6f~n", [S]),
    Mean = S / length(Xs),
    Var = lists:sum([(X - Mean) * (X - Mean) || X <- Xs]) / length(Xs),
    io:format("~p~n", [Var]),
    io:format("~p~n", [math:sqrt(Var)]),
    {lists:max(Xs), lists:min(Xs)}.
