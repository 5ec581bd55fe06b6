-module(conv_list_to_float).
-export([main/0]).
t(S) -> try list_to_float(S) catch error:E -> E end.
main() ->
    L = ["0.0", "1.5", "-2.25", "1.0e3", "1.0E+3", "2.5e-3", "123456789.987654321",
         "1.7976931348623157e308", "4.9e-324", "1.0e400", "00.5", "1.5x", "e5", "1.0e", "-.5"],
    [io:format("~s ~p~n", [S, t(S)]) || S <- L],
    {string:to_float("3.0 rest"), string:to_float("nope")}.
