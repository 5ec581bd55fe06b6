-module(conv_number_parse).
-export([main/0]).
parse(S) ->
    case string:to_integer(S) of
        {I, ""} -> {int, I};
        {_, "." ++ _} -> case string:to_float(S) of {F, ""} -> {float, F}; _ -> bad end;
        _ -> bad
    end.
main() ->
    L = ["42", "-7", "3.5", "1e5", "abc", "12abc", "0.000001", "99999999999999999999"],
    [io:format("~s -> ~p~n", [S, parse(S)]) || S <- L],
    io:format("~p~n", [erl_scan:string("X = 1 + 2.")]),
    {ok, Toks, _} = erl_scan:string("{a, [1, 2.5, \"s\"]}."),
    {ok, Term} = erl_parse:parse_term(Toks),
    Term.
