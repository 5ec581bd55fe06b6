-module(stdlib_string).
-export([main/0]).
main() ->
    io:format("~p~n", [string:split("a,b,c", ",")]),
    io:format("~p~n", [string:split("a,b,c", ",", all)]),
    io:format("~p~n", [string:trim("  padded  ")]),
    io:format("~p~n", [string:trim("xxhixx", both, "x")]),
    io:format("~p~n", [string:uppercase("MiXeD")]),
    io:format("~p~n", [string:lowercase(<<"MiXeD">>)]),
    io:format("~p~n", [string:titlecase("hello")]),
    io:format("~p~n", [string:length("héllo")]),
    io:format("~p~n", [string:reverse("abc")]),
    io:format("~p~n", [string:slice("hello world", 6, 5)]),
    io:format("~p~n", [string:find("hello world", "o w")]),
    io:format("~p~n", [string:replace("a-b-c", "-", "+", all)]),
    io:format("~p~n", [string:lexemes("  a  b c ", " ")]),
    io:format("~p~n", [string:pad("x", 5, both, $.)]),
    io:format("~p~n", [string:to_integer("123abc")]),
    io:format("~p~n", [string:to_float("1.5e3xyz")]),
    io:format("~p~n", [string:is_empty("")]),
    io:format("~p~n", [string:equal("abc", <<"abc">>)]),
    io:format("~p~n", [string:prefix("prefix_rest", "prefix_")]),
    string:join(["a", "b", "c"], ", ").
