-module(op_nif_start).
-export([main/0, add/2, name/0, load/0]).
%% nif_start: erlc marks each function listed in -nifs with it. With no NIF
%% library loaded the Erlang bodies run: a nif_error stub raises, an
%% ordinary body works.
-nifs([add/2, name/0]).

%% Never called: its presence keeps erlc from warning that no library loads.
load() -> erlang:load_nif("./no_such_dir/op_nif_start_nif", 0).

add(_A, _B) -> erlang:nif_error(not_loaded).
name() -> fallback_name.

main() ->
    io:format("~w~n", [try add(1, 2) catch C1:R1 -> {C1, R1} end]),
    io:format("~w~n", [name()]),
    io:format("~w~n", [[try erlang:nif_error(X) catch C:R -> {C, R} end || X <- [a, {b, 1}]]]),
    io:format("~w~n", [try erlang:nif_error(why, [1]) catch C2:R2 -> {C2, R2} end]),
    ok.
