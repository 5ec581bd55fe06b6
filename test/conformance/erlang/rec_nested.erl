-module(rec_nested).
-export([main/0]).
-record(point, {x = 0, y = 0}).
-record(line, {from = #point{}, to = #point{x = 1, y = 1}, label}).
len(#line{from = #point{x = X1, y = Y1}, to = #point{x = X2, y = Y2}}) ->
    math:sqrt((X2 - X1) * (X2 - X1) + (Y2 - Y1) * (Y2 - Y1)).
main() ->
    L = #line{label = diag},
    io:format("~p~n", [L]),
    io:format("~p~n", [len(L)]),
    L2 = L#line{to = #point{x = 3, y = 4}},
    io:format("~p~n", [len(L2)]),
    io:format("~p~n", [(L2#line.to)#point.x]),
    L3 = L2#line{from = (L2#line.from)#point{y = -4}},
    io:format("~p~n", [L3]),
    len(L3).
