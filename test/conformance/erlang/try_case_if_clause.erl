-module(try_case_if_clause).
-export([main/0]).
id(X) -> X.
c(X) -> case X of 1 -> one; 2 -> two end.
i(X) -> if X > 10 -> big; X < 0 -> neg end.
main() ->
    io:format("~p~n", [try c(id(3)) catch error:R -> R end]),
    io:format("~p~n", [try c(id({x, [1]})) catch error:R2 -> R2 end]),
    io:format("~p~n", [try i(id(5)) catch error:R3 -> R3 end]),
    R4 = try
             try id(7) of 1 -> one catch _:_ -> inner end
         catch error:E -> E
         end,
    io:format("~p~n", [R4]),
    ok.
