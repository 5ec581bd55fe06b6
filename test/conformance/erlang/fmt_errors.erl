-module(fmt_errors).
-export([main/0]).
t(F, A) -> try io_lib:format(F, A) of R -> lists:flatten(R) catch error:E -> E end.
main() ->
    io:format("~p~n", [t("~p", [])]),
    io:format("~p~n", [t("~d", [a])]),
    io:format("~p~n", [t("~s", [1])]),
    io:format("~p~n", [t("~z", [1])]),
    io:format("~p~n", [t("~f", [1])]),
    io:format("~p~n", [t("no directives", [extra])]),
    io:format("~p~n", [t("~c", [-1])]),
    t("~w", [ok]).
