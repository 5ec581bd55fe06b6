-module(op_compare_ne).
-export([main/0]).
%% is_ne / is_ne_exact: `/=` and `=/=` as guard tests over every term type,
%% including the number cases where the two operators disagree.

values() ->
    [0, 1, -1, 1.0, -0.0, 0.0, 1 bsl 70, float(1 bsl 70), (1 bsl 70) + 1,
     a, b, '', [], [1], "ab", [a | b], {}, {1}, {1.0}, {a, b},
     #{}, #{a => 1}, #{a => 1.0}, #{1 => a}, #{1.0 => a},
     <<>>, <<1>>, <<1:7>>, self(), make_ref(), fun lists:map/2].

ne(A, B) when A /= B -> true;
ne(_, _) -> false.

nex(A, B) when A =/= B -> true;
nex(_, _) -> false.

%% Both in one guard sequence, and against literals (is_ne with a constant).
both(A, B) when A =/= B, A /= B -> different;
both(A, B) when A =/= B -> only_exact;
both(_, _) -> same.

%% The shapes below are the ones erlc lays out with is_ne / is_ne_exact
%% (plain `A /= B` guards are often turned into is_eq with swapped labels).
two(A, B) -> if A =/= B, A =/= 3 -> x; true -> y end.
either(A, B) when A =/= B; A == 0 -> x;
either(_, _) -> y.
also(A, B) -> if A /= 1.0 andalso B =/= [] -> x; true -> y end.

lit(X) when X /= 1 -> not_one;
lit(_) -> one.

litx(X) when X =/= 1 -> not_exactly_one;
litx(_) -> exactly_one.

%% Count per value so the output stays short but every pair is compared.
main() ->
    Vs = values(),
    Rows = [{I, [{ne(A, B), nex(A, B), both(A, B)} || B <- Vs]}
            || {I, A} <- lists:zip(lists:seq(1, length(Vs)), Vs)],
    [io:format("~2w ~w~n", [I, [code(T) || T <- R]]) || {I, R} <- Rows],
    Ps = [{1, 1}, {1, 1.0}, {3, 3}, {3, 3.0}, {3.0, 3}, {0, 0}, {0.0, 0}, {0, 0.0}, {-0.0, 0.0},
          {a, b}, {[], []}, {1.0, []}, {1, [x]}, {1.0, 1}, {<<>>, <<>>}, {{1}, {1.0}}],
    io:format("~w~n", [[{two(A, B), either(A, B), also(A, B)} || {A, B} <- Ps]]),
    io:format("~w~n", [[lit(X) || X <- [1, 1.0, 2, a, <<1>>, [1]]]]),
    io:format("~w~n", [[litx(X) || X <- [1, 1.0, 2, a, <<1>>, [1]]]]),
    %% the guard results agree with the operator results
    Agree = lists:all(fun({A, B}) -> ne(A, B) =:= (A /= B) andalso nex(A, B) =:= (A =/= B) end,
                      [{A, B} || A <- Vs, B <- Vs]),
    io:format("agree ~w~n", [Agree]),
    ok.

code({false, false, same}) -> 0;
code({false, true, only_exact}) -> 1;
code({true, true, different}) -> 2;
code(Other) -> Other.
