-module(bin_pattern_strings).
-export([main/0]).
cmd(<<"SET ", Rest/binary>>) ->
    [K, V] = binary:split(Rest, <<" ">>), {set, K, V};
cmd(<<"GET ", K/binary>>) -> {get, K};
cmd(<<"DEL ", K:3/binary, _/binary>>) -> {del, K};
cmd(<<C, _/binary>>) when C >= $a, C =< $z -> lowercase;
cmd(_) -> unknown.
main() ->
    L = [<<"SET key val">>, <<"GET key">>, <<"DEL abcdef">>, <<"xyz">>, <<"???">>, <<>>],
    [io:format("~p~n", [cmd(B)]) || B <- L],
    ok.
