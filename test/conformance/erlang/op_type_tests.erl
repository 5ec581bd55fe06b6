-module(op_type_tests).
-export([main/0]).
%% is_port, is_binary and is_function2 as guard tests (and as guard BIFs
%% used for their value).

kind(X) when is_port(X) -> port;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(X) when is_function(X, 0) -> fun0;
kind(X) when is_function(X, 2) -> fun2;
kind(X) when is_function(X) -> 'fun';
kind(_) -> other.

%% is_function/2 with an arity only known at run time
arity_is(F, N) when is_function(F, N) -> yes;
arity_is(_, _) -> no.

vals() ->
    <<_:3, Odd/bitstring>> = <<1, 2, 3>>,
    <<_:8, Sub/binary>> = <<1, 2, 3>>,
    [<<>>, <<1, 2>>, Odd, Sub, <<1:1>>, binary:copy(<<7>>, 100), "bin", [<<1>>],
     fun() -> ok end, fun(A, B) -> {A, B} end, fun lists:map/2, fun erlang:self/0,
     fun(_) -> x end, list_to_port("#Port<0.7>"), self(), make_ref(), 1, 1.0, atom, {}, #{}].

main() ->
    Vs = vals(),
    io:format("~w~n", [[kind(V) || V <- Vs]]),
    io:format("~w~n", [[{is_port(V), is_binary(V)} || V <- Vs]]),
    F2 = fun(A, B) -> A + B end,
    io:format("~w~n", [[arity_is(F2, N) || N <- [0, 1, 2, 3, -1, 2.0, a, 1 bsl 70]]]),
    io:format("~w~n", [[arity_is(fun lists:seq/3, N) || N <- [2, 3, 4]]]),
    io:format("~w~n", [[arity_is(V, 0) || V <- [fun() -> ok end, self(), fun erlang:self/0]]]),
    %% outside guards: is_function/2 with a bad arity is a badarg
    io:format("~w~n", [[try is_function(F2, N) catch C:R -> {C, R} end || N <- [-1, a, 1.0, 2]]]),
    io:format("~w~n", [[is_function(V, 2) || V <- [F2, 1, <<>>]]]),
    io:format("~w~n", [[B || B <- Vs, is_binary(B)]]),
    ok.
