-module(stdlib_queue).
-export([main/0]).
main() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4]),
    io:format("~p~n", [queue:to_list(Q1)]),
    {{value, H}, Q2} = queue:out(Q1),
    io:format("~p ~p~n", [H, queue:to_list(Q2)]),
    {{value, T}, Q3} = queue:out_r(Q2),
    io:format("~p ~p~n", [T, queue:to_list(Q3)]),
    Q4 = queue:in_r(0, Q3),
    io:format("~p~n", [queue:to_list(Q4)]),
    io:format("~p ~p~n", [queue:len(Q4), queue:is_empty(Q0)]),
    io:format("~p~n", [queue:out(Q0)]),
    io:format("~p~n", [queue:to_list(queue:reverse(Q4))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> X > 1 end, Q4))]),
    io:format("~p~n", [queue:peek(Q4)]),
    io:format("~p~n", [queue:to_list(queue:join(Q4, queue:from_list([a, b])))]),
    Q1.
