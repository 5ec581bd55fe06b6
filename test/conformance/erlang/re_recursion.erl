-module(re_recursion).
-export([main/0]).

%% Subroutine calls and recursion ((?R), (?n), (?-n), (?+n), (?&name),
%% (?P>name), \g<n>, \g'name'), branch reset groups and conditions.
t(F) -> try F() catch C:E -> {C, E} end.
p(X) -> io:format("~w~n", [X]).
r(S, P) -> r(S, P, []).
r(S, P, O) -> p(t(fun() -> re:run(S, P, O) end)).
c(P) -> p(t(fun() -> case re:compile(P) of {ok, _} -> ok; E -> E end end)).

main() ->
    r("(a(b)c)", "^(\\((?:[^()]|(?1))*\\))$"),
    r("((a)(b(c)))", "^(\\((?:[^()]|(?1))*\\))$", [{capture, all, list}]),
    r("aba", "^(a|b\\1)+$"),
    r("abc", "(?(DEFINE)(?<x>b))a(?&x)c"),
    r("aab", "(a)(?1)b"),
    r("abab", "(?<n>ab)(?P>n)"),
    r("abab", "(ab)\\g<1>"),
    r("abab", "(ab)\\g'1'"),
    r("abab", "(?<n>ab)\\g'n'"),
    r("abab", "(?<n>ab)\\g<n>"),
    r("xaay", "x(a(?R)?)y"),
    r("aaa", "a(?R)?"),
    r("abcb", "(a)(b)(c)(?-2)"),
    r("abcb", "(a)(?+1)(c)(b)"),
    r("acb", "(a)(?+1)(b)|(c)"),
    r("abab", "(a)(?+1)(b)\\g<-2>\\g<+1>(b)?"),
    r("ab", "(?:(a)|b)(?1)?"),
    r("aab", "^(a)(?1)(b)"),
    r("abba", "^((.)(?1)\\2|.?)$"),
    r("aba", "^((.)(?1)\\2|.?)$"),
    r("xay", "x((?R)|a)y"),
    r("xxayy", "x(?:(?R)|a)y"),
    r("aab", "(?1)?(a)b"),
    r("abc", "(?:(?1)|x)(b)(c)"),
    r("ab", "(a(?(R)b|(?1)))"),
    r("aab", "(a(?(R1)b|(?1)))"),
    r("ab", "(?<g>a(?(R&g)b|(?&g)))"),
    r("b", "(?(R)a|b)"),
    r("abcd", "(a)(?:(?(1)b|c))(c)(?(2)d|e)"),
    r("ab", "(?(?=a)ab|cd)"),
    r("cd", "(?(?=a)ab|cd)"),
    r("cd", "(?(?!a)cd|ab)"),
    r("ab", "(?(?!a)cd|ab)"),
    r("xb", "(?(?<=x)b|c)", [{offset, 1}]),
    r("1234-5678", "(?(DEFINE)(?<d>\\d{4}))^(?&d)-(?&d)$"),
    r("ab", "(a){0}b(?1)?"),
    r("ba", "(a){0}b(?1)"),
    r("aXb", "(?1)X((?i)b|a)", []),
    r("AXb", "(?i:(?1))X(a)"),
    r("a+b*c", "^(?<expr>(?<term>\\w)(?:[+*](?&term))*)$", [{capture, all, list}]),
    r("{{a}{b{c}}}", "\\{(?:[^{}]|(?R))*\\}", [global]),
    r("xyz", "x\\Kyz|(?1)", []),
    r("aKb", "(?1)b(a\\K.)", []),
    %% branch reset
    r("bc", "(?|(a)|(b))c"),
    r("ac", "(?|(a)|(b))c"),
    r("xbcd", "(x)(?|(a)|(b)(c))(d)"),
    r("xad", "(x)(?|(a)|(b)(c))(d)?"),
    r("abc", "(?|(?<n>a)|(?<n>b))(c)", [{capture, [n], list}]),
    r("b", "(?|(a)|(b))\\1"),
    r("bb", "(?|(a)|(b))\\1"),
    r("ab", "(?|a(b)|c(d)(e))(?1)?"),
    %% compile errors
    c("(?1)"), c("(?2)(a)"), c("(?-2)(a)"), c("(?+0)"), c("(?-0)"), c("(?&n)"), c("(?P>n)"), c("\\g<2>(a)"),
    c("(?R"), c("(?1x)"), c("\\g<a"), c("(?<=(?1))(bc|d)"), c("(?<=a(?1))(b)"),
    c("(?(DEFINE)a|b)"), c("(?(?=a)a|b|c)"), c("(?(1)a|b|c)(x)"), c("(?|(a)|(b)(c))\\3"),
    c("(?|(?<n>a)|(?<m>b))"), c("(?(R&)a)"), c("(?(Rx)a)"),
    ok.
