-module(etf_roundtrip).
-export([main/0]).
main() ->
    Big = maps:from_list([{I, integer_to_list(I)} || I <- lists:seq(1, 40)]),
    Terms = [Big, lists:seq(1, 1000), list_to_tuple(lists:seq(1, 300)), 'üñí', list_to_atom([955]),
             <<0:1000>>, [3.14159, 1.0e-300, 1.0e300], fun lists:map/2, {nested, {deep, [#{k => {v}}]}},
             -(1 bsl 2000), "unicode λ"],
    R = [binary_to_term(term_to_binary(T)) =:= T || T <- Terms],
    io:format("~p~n", [R]),
    io:format("~p~n", [byte_size(term_to_binary(Big))]),
    io:format("~p~n", [erlang:md5(term_to_binary(Big))]),
    io:format("~p~n", [[byte_size(term_to_binary(T)) || T <- Terms, not is_function(T)]]),
    binary_to_term(term_to_binary(Big)) =:= Big.
