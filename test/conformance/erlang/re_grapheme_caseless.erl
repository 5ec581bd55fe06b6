-module(re_grapheme_caseless).
-export([main/0]).

%% \X as PCRE 8.44's extended grapheme cluster, caseless matching of
%% characters with more than two case variants, and run offsets past the end.
t(F) -> try F() catch C:E -> {C, E} end.
p(X) -> io:format("~w~n", [X]).
r(S, P, O) -> p(t(fun() -> re:run(S, P, O) end)).

x(L) ->
    {match, [{0, N}]} = re:run(unicode:characters_to_binary(L), "^\\X", [unicode]),
    N.

sig(C) -> [x([$a, C]), x([C, 16#300]), x([C, C]), x([C, 16#11A8]), x([C, 16#1161])].

main() ->
    p([x(L) || L <- [[16#600, $a], [$a, 16#200D, $b], [16#1F44D, 16#1F3FD], [16#1F1E6, 16#1F1E7, 16#1F1E8],
                     [$a, 16#300, 16#301], [13, 10], [10, 13], [16#1100, 16#1161, 16#11A8], [16#AC00, 16#11A8],
                     [16#AC01, 16#1161], [$a, 16#903], [16#E33], [$a, 16#E33], [16#1F468, 16#200D, 16#1F469],
                     [$a, 16#200C], [16#111C2, $a], [$a, 16#1F3FB], [16#300, 16#300], [0, 16#300]]]),
    %% a sweep over code points: the classes behind every \X decision
    Cs = lists:seq(0, 16#3000, 3) ++ lists:seq(16#A000, 16#FFFD, 7) ++ lists:seq(16#10000, 16#1FFFF, 13)
        ++ lists:seq(16#E0000, 16#E0FFF, 5),
    Sigs = [sig(C) || C <- Cs, C < 16#D800 orelse C > 16#DFFF],
    p(erlang:phash2(Sigs)),
    p(length(Sigs)),
    r(<<"a", 16#0D, 16#0A, "b">>, "\\X\\X", []),
    r(<<"e", 16#CC, 16#81, "x">>, "\\X", []),
    r(<<"e", 16#CC, 16#81, "x">>, "\\X+", [unicode, global]),
    r(<<>>, "\\X", [unicode]),
    %% caseless: K k U+212A, s S U+017F, and friends
    r(<<"Kk", 16#E2, 16#84, 16#AA>>, "k+", [caseless, unicode]),
    r(<<"s", 16#C5, 16#BF, "S">>, "s+", [caseless, unicode]),
    r(<<16#C5, 16#BF>>, "[a-z]", [caseless, unicode]),
    r(<<16#C5, 16#BF>>, "[r-t]", [caseless, unicode]),
    r(<<16#E2, 16#84, 16#AA>>, "K", [caseless, unicode]),
    r(<<"k">>, "\\x{212A}", [caseless, unicode]),
    r(<<"K">>, "[\\x{212A}]", [caseless, unicode]),
    r(<<"s", 16#C5, 16#BF>>, "(s)\\1", [caseless, unicode]),
    r(<<16#C5, 16#BF, "S">>, "(\\x{17F})\\1", [caseless, unicode]),
    r(<<16#CE, 16#A3, 16#CF, 16#82, 16#CF, 16#83>>, "\\x{3A3}+", [caseless, unicode]),
    r(<<16#CE, 16#A3, 16#CF, 16#82, 16#CF, 16#83>>, "[\\x{3C3}]+", [caseless, unicode]),
    r(<<16#CE, 16#B8, 16#CF, 16#91, 16#CE, 16#98, 16#CF, 16#B4>>, "\\x{3B8}+", [caseless, unicode]),
    r(<<16#C3, 16#85, 16#E2, 16#84, 16#AB, 16#C3, 16#A5>>, "\\x{C5}+", [caseless, unicode]),
    r(<<16#C2, 16#B5, 16#CE, 16#BC, 16#CE, 16#9C>>, "\\x{B5}+", [caseless, unicode]),
    r(<<16#C2, 16#B5, 16#CE, 16#BC, 16#CE, 16#9C>>, "[^\\x{3BC}]", [caseless, unicode]),
    r(<<"k">>, "[^\\x{212A}]", [caseless, unicode]),
    r(<<"S">>, "\\x{17F}", [caseless]),
    %% offsets at and past the end
    r(<<"abc">>, "a", [{offset, 3}]),
    r(<<"abc">>, "$", [{offset, 3}]),
    r(<<"abc">>, "a", [global, {offset, 4}]),
    r(<<"abc">>, "a", [{offset, -1}]),
    logger:set_primary_config(level, none),
    {_, M} = spawn_monitor(fun() -> catch re:run(<<"abc">>, "a", [{offset, 4}]) end),
    receive {'DOWN', M, _, _, {Reason, [Top | _]}} -> p({Reason, Top}) end,
    {_, M2} = spawn_monitor(fun() -> try re:run("abc", "a", [{offset, 10}]) catch _:_ -> caught end end),
    receive {'DOWN', M2, _, _, {Reason2, _}} -> p(Reason2) end,
    ok.
