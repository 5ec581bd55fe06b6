-module(try_system_limit).
-export([main/0]).
id(X) -> X.
main() ->
    io:format("~p~n", [try list_to_atom(lists:duplicate(id(300), $x)) catch error:R -> R end]),
    io:format("~p~n", [try erlang:make_tuple(id(1 bsl 40), a) catch error:R2 -> R2 end]),
    io:format("~p~n", [try id(1) bsl (1 bsl 40) catch error:R3 -> R3 end]),
    io:format("~p~n", [try binary_to_atom(binary:copy(<<"y">>, id(256))) catch error:R4 -> R4 end]),
    ok.
