-module(op_nif_start_stack).
-export([main/0, add/2]).
%% The stack trace of a NIF-style stub that raises (nif_error): its top frame is
%% erlang:nif_error itself, with the arguments and error_info, and the stub
%% function follows even though it called nif_error as a tail call.

add(_A, _B) -> erlang:nif_error(not_loaded).

top(F) ->
    try F() catch error:R:St -> {R, [{M, Fn, A} || {M, Fn, A, _} <- lists:sublist(St, 2)]} end.

main() ->
    io:format("~w~n", [top(fun() -> add(3, 4) end)]),
    io:format("~w~n", [top(fun() -> erlang:nif_error(why) end)]),
    io:format("~w~n", [top(fun() -> erlang:nif_error(why, [1, 2]) end)]),
    {_, [{erlang, nif_error, _, Loc} | _]} =
        try add(1, 2) catch error:R:St -> {R, St} end,
    io:format("~w~n", [Loc]),
    ok.
