-module(try_badrecord).
-export([main/0]).
-record(pt, {x = 0, y = 0}).
-record(other, {a}).
id(X) -> X.
main() ->
    P = #pt{x = 1},
    io:format("~p~n", [try (id(#other{a = 1}))#pt.x catch error:R -> R end]),
    io:format("~p~n", [try (id({pt}))#pt{y = 2} catch error:R2 -> R2 end]),
    io:format("~p~n", [try (id(nope))#pt.y catch error:R3 -> R3 end]),
    io:format("~p~n", [P#pt.x]),
    P#pt{y = 5}.
