-module(try_catch_patterns).
-export([main/0]).
classify(F) ->
    try F() of
        {ok, V} -> {fine, V};
        Other -> {odd, Other}
    catch
        throw:{retry, N} when N > 3 -> give_up;
        throw:{retry, N} -> {retry, N + 1};
        error:{badmatch, _} = E -> {badmatch, element(1, E)};
        error:Reason when is_atom(Reason) -> {error_atom, Reason};
        exit:_ -> exited;
        _:_ -> anything
    end.
main() ->
    L = [fun() -> {ok, 1} end, fun() -> 7 end, fun() -> throw({retry, 5}) end,
         fun() -> throw({retry, 1}) end, fun() -> {a} = {list_to_atom("b")} end,
         fun() -> error(boom) end, fun() -> exit(x) end, fun() -> error({x}) end],
    [io:format("~p~n", [classify(F)]) || F <- L],
    length(L).
