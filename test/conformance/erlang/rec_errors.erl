-module(rec_errors).
-export([main/0]).
-record(r, {a, b}).
id(X) -> X.
main() ->
    io:format("~p~n", [try (id({r, 1}))#r.a catch error:E -> E end]),
    io:format("~p~n", [try (id({q, 1, 2}))#r{a = 5} catch error:E2 -> E2 end]),
    io:format("~p~n", [try #r{a = A} = id({r, 1, 2, 3}), A catch error:E3 -> E3 end]),
    R = #r{a = 1, b = 2},
    io:format("~p~n", [R#r{}]),
    io:format("~p~n", [setelement(#r.b, R, 20)]),
    tuple_size(R).
