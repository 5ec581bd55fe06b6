-module(gap_phash).
-export([main/0]).
-compile(nowarn_deprecated_function).
%% erlang:phash/2 (make_hash) over every term type and range, plus bad ranges.
terms() ->
    Ints = [0,1,-1,2,255,256,-255,-256,65535,65536,16#7ffffff,16#8000000,-16#8000000,-16#8000001,
            16#ffffffff,16#100000000,-16#100000000,16#7fffffffffffffff,16#ffffffffffffffff,
            1 bsl 59, (1 bsl 59)-1, -(1 bsl 59), 1 bsl 60, 1 bsl 64, (1 bsl 64)+1, -(1 bsl 64),
            1 bsl 95, 1 bsl 96, (1 bsl 127) - 3, -(1 bsl 200) + 12345, 123456789012345678901234567890]
        ++ [X*X*X*7919 || X <- lists:seq(-40, 40, 3)]
        ++ [1 bsl N || N <- lists:seq(0, 140, 7)] ++ [-(1 bsl N) - N || N <- lists:seq(0, 140, 11)],
    Floats = [0.0, -0.0, 1.0, -1.0, 0.5, 3.141592653589793, 1.0e300, -1.0e-300, 2.5e-310, 123.456, 1.0e16, 7.0],
    Atoms = [a, b, ok, error, true, false, undefined, '', 'hello world', 'ÿ', 'é', 'ŝ', '日本', nonode@nohost, 'A', aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa],
    Bins = [<<>>, <<0>>, <<1,2,3>>, <<"hello">>, <<255,254,253,252,251,250,249,248,247>>,
            list_to_binary(lists:seq(0,255)), <<1:1>>, <<0:3>>, <<5:3>>, <<1,2,3:7>>, <<"abc",1:1>>, <<16#ffff:15>>],
    Subs = [begin <<_:B, S:L/bitstring, _/bitstring>> = <<"The quick brown fox jumps">>, S end
            || {B, L} <- [{1,8},{3,20},{7,33},{8,64},{5,0},{13,101}]],
    Lists = [[], [1], [1,2,3], "hello", "héllo", [256], [1000, 2000], [a|b], [1|2], [[]], [[1],[2]], "abc" ++ [x] ++ "def",
             [1.0], [{}], [<<1>>], lists:seq(1,300), [-1], [a, "b", [c, [d]]], [[[[]]]], ["ab"|"cd"], [1,2|<<3>>]],
    Tuples = [{}, {a}, {a,b}, {1,2,3}, {{}}, {[], {}}, {"x", <<"y">>, 1.5}, list_to_tuple(lists:seq(1,40)), {a, {b, {c, {d}}}}],
    Maps = [#{}, #{a => 1}, #{1 => 2, 3 => 4}, #{k => [1,2], "s" => {t}}, maps:from_list([{X, X*2} || X <- lists:seq(1,40)]),
            [#{a => b}], {#{}}],
    Funs = [fun lists:map/2, fun erlang:self/0, fun gap_phash:main/0],
    Ints ++ Floats ++ Atoms ++ Bins ++ Subs ++ Lists ++ Tuples ++ Maps ++ Funs.
main() ->
    Ranges = [1, 2, 7, 16, 1000, 65536, 16#7fffffff, 16#ffffffff, 16#100000000],
    [io:format("~w~n", [[erlang:phash(T, R) || R <- Ranges]]) || T <- terms() ++ others()],
    io:format("~w~n", [[try erlang:phash(a, R) catch error:E -> E end || R <- [0, -1, 16#100000001, 1.0, x]]]),
    ok.
others() ->
    X = 42, Y = "env",
    [fun() -> ok end, fun(A) -> A + X end, fun(A) -> {A, X, Y} end, fun lists:seq/2,
     list_to_pid("<0.50.0>"), list_to_pid("<0.0.0>"), list_to_pid("<0.12345.0>"),
     list_to_ref("#Ref<0.1.2.3>"), list_to_port("#Port<0.5>"), list_to_port("#Port<0.70000>"),
     {list_to_pid("<0.50.0>"), [list_to_ref("#Ref<0.1.2.300>")]},
     [[X, [Y | Y]] | <<"tail">>], {[], [[]], [[[]]]}, [0.0 | -0.0]].
