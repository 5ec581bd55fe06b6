-module(gap_iovec).
-export([main/0]).
%% iolist_to_iovec/1 and term_to_iovec/1,2: the element structure erts builds
%% (which binaries stay separate, how small data is merged and split).
sz(L) when is_list(L) -> [byte_size(B) || B <- L];
sz(B) -> {bin, byte_size(B)}.
main() ->
    X = fun(N) -> binary:copy(<<"x">>, N) end,
    <<_:3, Odd:2000/bitstring, _/bitstring>> = X(300),
    Ins = [[], <<>>, [<<>>], <<"abc">>, [1,2,3], [<<"ab">>, "cd", <<"ef">>], [[<<"a">>, [<<"b">>]], <<"c">>],
           [<<"ab">> | <<"cd">>], [X(255), X(255)], [X(256), X(256)], [X(257), "a", X(257)], [X(1000), X(1000)],
           [X(5000), "ab", X(5000)], [X(100000), X(100000)], lists:duplicate(100, X(100)), lists:duplicate(1000, "abc"),
           [X(300) | X(300)], [binary:part(X(1000), 1, 500)], [X(64), X(65), X(66)], [<<"a">>, X(2000), <<"b">>],
           [[], X(500), [[], X(500)]], lists:duplicate(30, X(300)), [Odd], ["a", Odd, X(600)],
           lists:duplicate(3000, $a), [lists:duplicate(9000, $b), X(10)],
           [<<1:1>>], [256], [-1], a, [a], [<<"a">> | b]],
    [io:format("~w~n", [try sz(erlang:iolist_to_iovec(I)) catch C:E -> {C, E} end]) || I <- Ins],
    io:format("~w~n", [erlang:iolist_to_iovec(["a", Odd, "b"]) =:= [erlang:iolist_to_binary(["a", Odd, "b"])]]),
    Big = X(100),
    Ts = [a, 1, "abc", <<"abc">>, {Big}, [Big, Big], {a, X(64)}, {a, X(65)}, binary:part(Big, 1, 70),
          <<Big/binary, 1:3>>, [<<1:3>>, Big], #{k => Big, j => [Big]}, {Big, <<"small">>, Big, 1}, [Big | Big],
          fun() -> Big end, [{list_to_pid("<0.5.0>"), Big}]],
    [io:format("~w ~w ~w~n", [sz(erlang:term_to_iovec(T)), sz(erlang:term_to_iovec(T, [{minor_version, 0}])),
                              erlang:iolist_to_binary(erlang:term_to_iovec(T)) =:= term_to_binary(T)]) || T <- Ts],
    [io:format("~w~n", [sz(erlang:term_to_iovec(T, O))])
     || T <- [{Big}, a], O <- [[compressed], [{compressed, 0}], [{compressed, 9}], [deterministic]]],
    io:format("~w~n", [[try erlang:term_to_iovec(a, O) catch error:E -> E end || O <- [[bad], [local], x]]]),
    io:format("~w~n", [erlang:term_to_iovec([<<"ab">>, Big])]).
