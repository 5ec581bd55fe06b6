-module(etf_external_size).
-export([main/0]).
main() ->
    Ts = [a, 1, 1.0, "ab", <<"ab">>, {1, 2}, [1 | 2], #{x => y}, 1 bsl 80, lists:seq(1, 10)],
    [io:format("~p ~p~n", [erlang:external_size(T), byte_size(term_to_binary(T))]) || T <- Ts],
    erlang:external_size(Ts) =:= byte_size(term_to_binary(Ts)).
