-module(try_uncaught_throw).
-export([main/0]).
main() ->
    io:format("about to throw~n"),
    throw(not_caught).
