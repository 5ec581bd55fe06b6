-module(try_function_clause).
-export([main/0, only_ints/1]).
only_ints(X) when is_integer(X) -> X.
id(X) -> X.
main() ->
    io:format("~p~n", [try only_ints(id(a)) catch error:R -> R end]),
    io:format("~p~n", [try (fun(1) -> one end)(id(2)) catch error:R2 -> R2 end]),
    io:format("~p~n", [try lists:map(id(notfun), [1]) catch error:R3:S3 -> {R3, hd(S3)} end]),
    try only_ints(id(b)) catch error:function_clause:S -> hd(S) end.
