-module(conv_term_to_string).
-export([main/0]).
main() ->
    T = {config, [{port, 8080}, {host, "localhost"}, {flags, [a, b]}], #{x => 1.5}},
    S = lists:flatten(io_lib:format("~p.", [T])),
    io:format("~s~n", [S]),
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Back} = erl_parse:parse_term(Toks),
    io:format("~p~n", [Back =:= T]),
    W = lists:flatten(io_lib:write(T)),
    io:format("~s~n", [W]),
    length(W).
