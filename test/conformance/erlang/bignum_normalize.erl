-module(bignum_normalize).
-export([main/0]).
main() ->
    Big = 1 bsl 70,
    Small = (Big + 5) - Big,
    io:format("~p ~p~n", [Small, is_integer(Small)]),
    io:format("~p~n", [Small =:= 5]),
    io:format("~p~n", [(Big * 3) div Big]),
    M = #{5 => five},
    io:format("~p~n", [maps:get(Small, M)]),
    io:format("~p~n", [erlang:phash2(Small) =:= erlang:phash2(5)]),
    io:format("~p~n", [term_to_binary(Small) =:= term_to_binary(5)]),
    case Small of 5 -> matched; _ -> nomatch end.
