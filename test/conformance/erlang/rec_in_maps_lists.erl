-module(rec_in_maps_lists).
-export([main/0]).
-record(item, {sku, qty = 1, price}).
main() ->
    Items = [#item{sku = a, price = 2.5}, #item{sku = b, qty = 3, price = 1.0}, #item{sku = c, qty = 2, price = 10}],
    Total = lists:sum([Q * P || #item{qty = Q, price = P} <- Items]),
    io:format("~p~n", [Total]),
    ByKey = maps:from_list([{S, I} || #item{sku = S} = I <- Items]),
    io:format("~p~n", [ByKey]),
    #{b := #item{qty = BQ}} = ByKey,
    io:format("~p~n", [BQ]),
    io:format("~p~n", [lists:keyfind(c, #item.sku, Items)]),
    [S || #item{sku = S, qty = Q} <- Items, Q > 1].
