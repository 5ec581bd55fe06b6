-module(fmt_p_nested).
-export([main/0]).
main() ->
    Deep = lists:foldl(fun(I, Acc) -> {level, I, Acc, [I, I * 2]} end, bottom, lists:seq(1, 8)),
    io:format("~p~n", [Deep]),
    M = #{config => #{db => #{host => "localhost", port => 5432, pool => [1, 2, 3]},
                      cache => #{ttl => 3600, backends => [redis, memcached]}},
          name => <<"service">>},
    io:format("~p~n", [M]),
    io:format("~p~n", [[{K, V} || K <- [a, b, c], V <- ["long string number one", "two"]]]),
    ok.
