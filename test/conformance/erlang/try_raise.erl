-module(try_raise).
-export([main/0]).
rethrow(F) ->
    try F() catch C:R:S -> erlang:raise(C, {wrapped, R}, S) end.
main() ->
    io:format("~p~n", [try rethrow(fun() -> throw(t) end) catch C:R -> {C, R} end]),
    io:format("~p~n", [try rethrow(fun() -> exit(e) end) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try erlang:raise(error, direct, []) catch C3:R3:S3 -> {C3, R3, S3} end]),
    io:format("~p~n", [erlang:raise(bad_class, x, [])]),
    io:format("~p~n", [try erlang:raise(error, x, not_a_stack) catch C4:R4 -> {C4, R4} end]),
    done.
