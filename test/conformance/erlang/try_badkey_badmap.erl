-module(try_badkey_badmap).
-export([main/0]).
id(X) -> X.
main() ->
    M = #{a => 1},
    io:format("~p~n", [try (id(M))#{b := 1} catch error:R -> R end]),
    io:format("~p~n", [try (id(list))#{b := 1} catch error:R2 -> R2 end]),
    io:format("~p~n", [try maps:get({k, 1}, id(M)) catch error:R3 -> R3 end]),
    io:format("~p~n", [try map_get(z, id(M)) catch error:R4 -> R4 end]),
    io:format("~p~n", [try map_get(z, id(7)) catch error:R5 -> R5 end]),
    io:format("~p~n", [try maps:keys(id(<<>>)) catch error:R6 -> R6 end]),
    ok.
