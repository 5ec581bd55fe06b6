-module(try_badmatch).
-export([main/0]).
id(X) -> X.
main() ->
    R1 = try {a, _} = id({b, 1}) catch error:E1 -> E1 end,
    io:format("~p~n", [R1]),
    R2 = try [_] = id([1, 2]) catch error:E2 -> E2 end,
    io:format("~p~n", [R2]),
    R3 = try 1 = id(1.0) catch error:E3 -> E3 end,
    io:format("~p~n", [R3]),
    R4 = try <<"x">> = id(<<"y">>) catch error:E4 -> E4 end,
    io:format("~p~n", [R4]),
    X = id(5),
    R5 = try X = id(6) catch error:E5 -> E5 end,
    R5.
