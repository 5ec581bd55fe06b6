-module(float_parse).
-export([main/0]).
t(S) -> try list_to_float(S) catch error:R -> R end.
main() ->
    L = ["1.0", "-0.5", "1.0e10", "1.5E-3", "3.14159", "1", "1.", ".5", "1e5", "0.1e+2", "abc"],
    [io:format("~s -> ~p~n", [S, t(S)]) || S <- L],
    binary_to_float(<<"2.5e-1">>).
