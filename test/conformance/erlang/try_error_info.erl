-module(try_error_info).
-export([main/0]).
id(X) -> X.
main() ->
    try erlang:error(my_reason, [id(1), two], [{error_info, #{module => ?MODULE}}])
    catch error:R:S ->
        [{M, F, A, Info} | _] = S,
        io:format("~p ~p ~p ~p~n", [R, M, F, A]),
        io:format("~p~n", [lists:keyfind(error_info, 1, Info)])
    end,
    try error(simple, none) catch error:R2:S2 -> io:format("~p ~p~n", [R2, element(4, hd(S2))]) end,
    ok.
