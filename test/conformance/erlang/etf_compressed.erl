-module(etf_compressed).
-export([main/0]).
main() ->
    T = lists:duplicate(200, {hello, "world"}),
    C = term_to_binary(T, [compressed]),
    io:format("~p~n", [binary:part(C, 0, 6)]),
    io:format("~p~n", [byte_size(C) < byte_size(term_to_binary(T))]),
    io:format("~p~n", [binary_to_term(C) =:= T]),
    Small = term_to_binary(ok, [compressed]),
    io:format("~w~n", [Small]),
    C9 = term_to_binary(T, [{compressed, 9}]),
    io:format("~p~n", [binary_to_term(C9) =:= T]),
    io:format("~w~n", [term_to_binary(1.5, [{minor_version, 0}])]),
    io:format("~w~n", [term_to_binary(abc, [{minor_version, 2}])]),
    io:format("~w~n", [term_to_binary(1.5, [{minor_version, 1}])]),
    byte_size(C).
