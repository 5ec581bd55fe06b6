-module(try_uncaught_exit).
-export([main/0]).
main() ->
    io:format("exiting~n"),
    exit(normal_looking).
