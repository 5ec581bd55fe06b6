-module(re_verbs).
-export([main/0]).

%% Backtracking control verbs: (*ACCEPT) (*COMMIT) (*PRUNE) (*SKIP) (*THEN)
%% (*MARK:N) (*SKIP:N) (*FAIL), with their effect through groups, assertions
%% and subroutine calls, and their interplay with PCRE's start optimizations.
t(F) -> try F() catch C:E -> {C, E} end.
p(X) -> io:format("~w~n", [X]).
r(S, P) -> r(S, P, []).
r(S, P, O) -> p(t(fun() -> re:run(S, P, O) end)).
c(P) -> p(t(fun() -> case re:compile(P) of {ok, _} -> ok; E -> E end end)).

main() ->
    r("xyzabc", "(*COMMIT)abc"),
    r("xyzabc", "(*COMMIT)abc", [no_start_optimize]),
    r("xxcd", "(*COMMIT)(?:ab|cd)"),
    r("baaz", "(*COMMIT)a+z"),
    r("abz", ".(*COMMIT)z"),
    r("xabz", "(*COMMIT)(?:a|x)bz"),
    r("aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(*COMMIT)a+c"),
    r("aaab", "a+(*COMMIT)b"),
    r("aaabaaac", "a+(*PRUNE)c"),
    r("aaabaaac", "a+(*SKIP)c"),
    r("abc", "(*PRUNE)b"),
    r("abc", "(?=(*COMMIT)b)"),
    r("abcd", "a(*SKIP)b|bcd"),
    r("abcabd", "a(*MARK:A)b(*SKIP:A)d|abc"),
    r("abcabd", "a(*MARK:A)b(*SKIP:B)d|abc"),
    r("aaxaaab", "a+(*SKIP)b"),
    r("ab", "(?!a(*COMMIT)x)a"),
    r("ab", "(?!a(*THEN)x|y)a"),
    r("aaab", "(?>a(*COMMIT)x|a)+b"),
    r("abcd", "a(*THEN)x|abc"),
    r("abcd", "(?:a(*THEN)x|ab)c"),
    r("ac", "(?:a(*THEN)b|a)c"),
    r("ac", "(?:a(*THEN)(?:b)|a)c"),
    r("ac", "(?:a(?:(*THEN)b)|a)c"),
    r("ac", "(?:a(?:(*THEN)b|z)|a)c"),
    r("aab", "(a(?1)?(*THEN)x|a)b"),
    r("abc", "(?1)(a(*ACCEPT)x)"),
    r("abc", "a(*ACCEPT)x"),
    r("abc", "(a)(?:(b)(*ACCEPT)x)"),
    r("abc", "(*ACCEPT)", [notempty]),
    r("ab", "(a)(?=(b)(*ACCEPT))"),
    r("aab", "((a)(*ACCEPT)|b)+"),
    r("ab", "(a(*COMMIT)x|a)?b"),
    r("xab", "(?1)?b(a(*COMMIT)x|xa)"),
    r("abc", "a(*F)|b"),
    r("abc", "a(*FAIL)|c"),
    r("aaa", "a+(*MARK:x)(*F)|b"),
    r("abc", "(*MARK:m)b"),
    r("abc", "(*:m)b(*PRUNE:n)c"),
    r("abcabc", "a(*THEN:t)b(*F)|c", [global]),
    r("aaabc", "(?:a+(*SKIP)b|a)c"),
    r("abc", "a(*COMMIT)(?:b|(*F))c"),
    r("aaaaaab", "(?=a+(*COMMIT)c)|b"),
    r("ab", "(?(?=a(*THEN)x)ab|a)"),
    r("foo bar", "\\w+(*SKIP)(*F)|bar"),
    r("foo bar", "(?:foo(*SKIP)(*F)|\\w+)", [global]),
    c("(*MARK)"), c("(*FOO)"), c("(*ACCEPT:x)"), c("(*COMMIT:x)"), c("(*:)"), c("(*PRUNE:a"),
    ok.
