-module(phash_values).
-export([main/0]).
main() ->
    Ts = [0, 1, -1, 42, 1 bsl 40, 1 bsl 70, -(1 bsl 70), 1.0, 0.5, -2.5, a, ok, '', 'λ', [], "abc", [1, 2 | 3],
          {}, {a, b}, {1, {2, {3}}}, <<>>, <<"abc">>, <<1:3>>, <<1, 2, 3, 4, 5:5>>, #{}, #{a => 1},
          #{1 => 2, 3 => 4}, lists:seq(1, 100)],
    [io:format("~w ~p~n", [T, erlang:phash2(T)]) || T <- Ts],
    erlang:phash2(Ts).
