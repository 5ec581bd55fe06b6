-module(fmt_p_maps_wide).
-export([main/0]).
main() ->
    M = maps:from_list([{list_to_atom("key_" ++ integer_to_list(I)), lists:seq(1, I)} || I <- lists:seq(1, 12)]),
    io:format("~p~n", [M]),
    io:format("~w~n", [maps:from_list([{I, I} || I <- lists:seq(1, 5)])]),
    io:format("~p~n", [#{"string key" => #{<<"bin key">> => {tuple, value}}}]),
    ok.
