-module(phash_funs_pids).
-export([main/0]).
main() ->
    io:format("~p~n", [erlang:phash2(fun lists:map/2)]),
    io:format("~p~n", [erlang:phash2(fun erlang:abs/1)]),
    io:format("~p~n", [erlang:phash2([fun lists:sum/1, {x}])]),
    io:format("~p~n", [erlang:phash2(1) =:= erlang:phash2(1.0)]),
    io:format("~p~n", [erlang:phash2(<<1:1>>) =/= erlang:phash2(<<1:2>>)]),
    io:format("~p~n", [erlang:phash2(lists:seq(1, 10000))]),
    erlang:phash2(list_to_binary(lists:seq(0, 255))).
