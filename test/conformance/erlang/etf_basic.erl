-module(etf_basic).
-export([main/0]).
main() ->
    Terms = [0, 255, 256, -1, 1 bsl 31, 1 bsl 32, -(1 bsl 40), 1 bsl 100, 1.5, -0.0, atom, '',
             "", "abc", [1, 2, 300], [a | b], {}, {a, 1}, <<>>, <<1, 2>>, <<1:3>>, #{}, #{a => 1},
             [{x, [<<"y">>, 2.0]}]],
    [io:format("~w~n", [term_to_binary(T)]) || T <- Terms],
    lists:all(fun(T) -> binary_to_term(term_to_binary(T)) =:= T end, Terms).
