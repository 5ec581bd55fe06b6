-module(rec_basic).
-export([main/0]).
-record(user, {id, name = "anon", email, roles = [guest]}).
main() ->
    U = #user{id = 1},
    io:format("~p~n", [U]),
    U2 = U#user{name = "Ann", email = "a@x"},
    io:format("~p~n", [U2]),
    io:format("~p ~p~n", [U2#user.name, U2#user.roles]),
    #user{name = N, id = I} = U2,
    io:format("~p ~p~n", [N, I]),
    io:format("~p~n", [#user.email]),
    io:format("~p~n", [is_record(U, user)]),
    io:format("~p~n", [is_record({user, 1}, user)]),
    io:format("~p~n", [record_info(size, user)]),
    U2.
