-module(try_badarg_bifs).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
main() ->
    L = [fun() -> atom_to_list(id("x")) end,
         fun() -> integer_to_list(id(1.0)) end,
         fun() -> list_to_integer(id("1.5")) end,
         fun() -> abs(id(a)) end,
         fun() -> tuple_to_list(id([])) end,
         fun() -> erlang:binary_to_term(id(<<1, 2, 3>>)) end,
         fun() -> list_to_existing_atom(id(123)) end,
         fun() -> hd(id(<<1>>)) end,
         fun() -> size(id(1)) end,
         fun() -> self() ! id(1), (id(x)) ! 1 end],
    [io:format("~p~n", [t(F)]) || F <- L],
    ok.
