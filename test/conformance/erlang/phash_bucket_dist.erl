-module(phash_bucket_dist).
-export([main/0]).
main() ->
    Counts = lists:foldl(fun(I, Acc) ->
                             B = erlang:phash2({key, I}, 8),
                             maps:update_with(B, fun(C) -> C + 1 end, 1, Acc)
                         end, #{}, lists:seq(1, 1000)),
    io:format("~p~n", [Counts]),
    S = sets:from_list([erlang:phash2(integer_to_binary(I)) || I <- lists:seq(1, 500)]),
    sets:size(S).
