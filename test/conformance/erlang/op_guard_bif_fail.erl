-module(op_guard_bif_fail).
-export([main/0]).

%% Guard BIFs that fail on a wrong argument make the guard false, never raise:
%% tuple_size, hd, tl, element and not, as the compiled tier jumps to the fail label.
main() ->
    Vals = [{a, b}, {}, [1, 2], [x], [], <<"ab">>, 3, 2.5, -1, 16#10000000000000000, true, false, atom, #{k => v}, "s"],
    [io:format("~p: ~p~n", [V, classify(V)]) || V <- Vals],
    [io:format("~p ~p: ~p~n", [I, T, elem(I, T)]) || I <- [0, 1, 2, 3, 1.0, a, 16#10000000000000000],
                                                   T <- [{p, q}, {}, [p], p]],
    ok.

classify(X) ->
    [tag(size2, fun() -> if tuple_size(X) =:= 2 -> yes; true -> no end end),
     tag(size0, fun() -> if tuple_size(X) < 1 -> yes; true -> no end end),
     tag(hd, fun() -> if hd(X) =:= 1 -> one; is_integer(hd(X)) -> int; true -> other end end),
     tag(tl, fun() -> if tl(X) =:= [] -> single; tl(X) =/= [] -> more; true -> none end end),
     tag(notx, fun() -> if not X -> negated; true -> kept end end),
     tag(either, fun() -> if tuple_size(X) > 5 orelse hd(X) =:= x -> hit; true -> miss end end)].

elem(I, T) ->
    if element(I, T) =:= p -> p;
       element(I, T) =:= q -> q;
       true -> none
    end.

tag(T, F) -> {T, F()}.
