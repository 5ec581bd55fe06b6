-module(rec_guards).
-export([main/0]).
-record(cat, {name, lives = 9}).
-record(dog, {name, good = true}).
describe(#cat{lives = L} = C) when L < 3 -> {old_cat, C#cat.name};
describe(#cat{name = N}) -> {cat, N};
describe(D) when is_record(D, dog), D#dog.good -> {good_dog, D#dog.name};
describe(#dog{}) -> bad_dog;
describe(_) -> unknown.
main() ->
    L = [#cat{name = tom}, #cat{name = old, lives = 1}, #dog{name = rex}, #dog{name = x, good = false}, {cat}],
    [io:format("~p~n", [describe(X)]) || X <- L],
    length([X || X <- L, is_record(X, cat)]).
