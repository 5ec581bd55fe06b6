-module(try_stacktrace_bif).
-export([main/0]).
id(X) -> X.
main() ->
    try atom_to_list(id(123)) catch error:R:S ->
        io:format("~p~n~p~n", [R, hd(S)])
    end,
    try element(id(9), {a}) catch error:R2:S2 ->
        io:format("~p~n~p~n", [R2, hd(S2)])
    end,
    try id(1) + id(a) catch error:R3:S3 ->
        io:format("~p~n~p~n", [R3, hd(S3)])
    end,
    try binary_to_integer(id(<<"12x">>)) catch error:R4:S4 ->
        io:format("~p~n~p~n", [R4, hd(S4)])
    end,
    ok.
