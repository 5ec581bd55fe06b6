-module(map_large_strings).
-export([main/0]).
main() ->
    Words = string:tokens("the quick brown fox jumps over the lazy dog and then the dog sleeps "
                          "while the fox runs away into the deep dark forest where many other "
                          "animals live such as owls bears wolves deer rabbits and squirrels "
                          "who all gather at night near the old river bank to drink water", " "),
    Count = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    io:format("~p~n", [Count]),
    io:format("~p~n", [maps:size(Count)]),
    B = maps:from_list([{list_to_binary(W), length(W)} || W <- Words]),
    io:format("~p~n", [B]),
    lists:sublist(maps:to_list(Count), 5).
