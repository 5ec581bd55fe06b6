-module(float_math).
-export([main/0]).
main() ->
    io:format("~p~n", [math:sqrt(2)]),
    io:format("~p~n", [math:pi()]),
    io:format("~p~n", [math:sin(1.0)]),
    io:format("~p~n", [math:cos(0)]),
    io:format("~p~n", [math:atan2(1, -1)]),
    io:format("~p~n", [math:exp(1)]),
    io:format("~p~n", [math:log(10)]),
    io:format("~p~n", [math:log2(1024)]),
    io:format("~p~n", [math:log10(0.001)]),
    io:format("~p~n", [math:pow(2, 0.5)]),
    io:format("~p~n", [math:floor(-2.5)]),
    io:format("~p~n", [math:ceil(2.1)]),
    io:format("~p~n", [math:fmod(10.5, 3)]),
    math:tanh(0.5).
