-module(try_undef).
-export([main/0]).
id(X) -> X.
main() ->
    io:format("~p~n", [try (id(no_such_module_abc)):f(1) catch error:R:S -> {R, hd(S)} end]),
    io:format("~p~n", [try lists:(id(no_such_fn))(1) catch error:R2:S2 -> {R2, hd(S2)} end]),
    io:format("~p~n", [try erlang:(id(no_bif))() catch error:R3:S3 -> {R3, hd(S3)} end]),
    ok.
