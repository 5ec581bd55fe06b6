-module(ets_matchspec_guards).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

run(MS, Objs) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, Objs),
    R = try ets:select(T, MS) catch C:E -> {C, E} end,
    ets:delete(T),
    R.

main() ->
    Objs = [{1, a, 1.5, "str", <<"bin">>, [1, 2]}, {2, b, -3, [], <<>>, {x, y}},
            {3, 3.0, self, #{k => v}, 7, undefined}, {4, 99999999999999999999, c, d, e, f}],
    Tests = [
      [{{'$1', '$2', '_', '_', '_', '_'}, [{is_atom, '$2'}], ['$1']}],
      [{{'$1', '$2', '$3', '_', '_', '_'}, [{is_float, '$3'}], [{{'$1', '$3'}}]}],
      [{{'$1', '_', '$3', '_', '_', '_'}, [{is_integer, '$3'}, {'<', '$3', 0}], [{'-', '$3'}]}],
      [{{'$1', '_', '_', '$4', '_', '_'}, [{is_list, '$4'}], [{length, '$4'}]}],
      [{{'$1', '_', '_', '_', '$5', '_'}, [{is_binary, '$5'}], [{byte_size, '$5'}]}],
      [{{'$1', '_', '_', '$4', '_', '_'}, [{is_map, '$4'}], [{map_get, k, '$4'}, {map_size, '$4'}]}],
      [{{'$1', '_', '_', '_', '_', '$6'}, [{is_tuple, '$6'}], [{element, 1, '$6'}, {tuple_size, '$6'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'orelse', {'==', '$1', 1}, {'>', '$1', 3}}], ['$$']}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'andalso', {'>', '$1', 1}, {'<', '$1', 4}}], ['$_']}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], [{{'$1', {const, {a, b}}, [1, '$1']}}]}],
      [{{'$1', '$2', '_', '_', '_', '_'}, [{'=:=', '$2', 3.0}], [{'+', '$1', '$2'}]}],
      [{{'$1', '$2', '_', '_', '_', '_'}, [{'==', '$2', 3}], [{float, '$1'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], [{'band', '$1', 6}, {'bsl', '$1', 2}, {'div', 10, '$1'}, {'rem', 10, '$1'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'>', {'div', 10, {'-', '$1', 1}}, 3}], ['$1']}],
      [{{'$1', '$2', '_', '_', '_', '_'}, [{is_integer, '$2'}], [{abs, '$2'}, {trunc, 2.7}, {round, 2.5}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], [{hd, [a, b]}, {tl, [a, b]}, {'not', {is_atom, '$1'}}, {'xor', true, false}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'=/=', '$1', 2}], [{self}, {node}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{is_pid, {self}}], [{is_record, {const, {r, 1}}, r, 2}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], [{binary_part, <<"hello">>, 1, '$1'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'<', '$1', 3}], [{max, '$1', 2}, {min, '$1', 2}]}],
      [{'$1', [{'==', {element, 1, '$1'}, 2}], [{element, 2, '$1'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], [{bad_fun, '$1'}]}],
      [{{'$1', '_', '_', '_', '_', '_'}, [], ['$7']}],
      [{{'$1', '$1', '_', '_', '_', '_'}, [], ['$1']}],
      [{{'$1', '_', '_', '_', '_', '_'}, [{'>', '$1', a}], ['$1']}, {{'$1', '_', '_', '_', '_', '_'}, [], [{'*', '$1', 10}]}]
    ],
    [io:format("~w~n", [run(MS, Objs)]) || MS <- Tests],
    %% fun2ms
    T = ets:new(t2, [ordered_set]),
    ets:insert(T, [{K, K * 2} || K <- lists:seq(1, 10)]),
    io:format("~w~n", [ets:select(T, ets:fun2ms(fun({K, V}) when K > 3, V < 15 -> {K, V} end))]),
    io:format("~w~n", [ets:select(T, ets:fun2ms(fun({K, _} = O) when K rem 3 =:= 0 -> O end))]),
    io:format("~w~n", [ets:fun2ms(fun({K, V}) when is_integer(K), K > V orelse V =:= 2 -> [K, V] end)]),
    %% test_ms, match_spec_compile/run
    io:format("~w~n", [ets:test_ms({a, 1}, [{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$2', '$1'}}]}])]),
    io:format("~w~n", [ets:test_ms({a, b}, [{{'$1', '$2'}, [{is_integer, '$2'}], ['$_']}])]),
    io:format("~w~n", [ets:test_ms({a, b}, [{{'$1', '$2'}, [{foo, '$2'}], ['$_']}])]),
    C = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], ['$1']}]),
    io:format("~w ~w~n", [ets:is_compiled_ms(C), ets:is_compiled_ms(foo)]),
    io:format("~w~n", [ets:match_spec_run([{a, 1}, {b, 2}, {c, 3}, x], C)]),
    io:format("~w~n", [try ets:match_spec_compile(bad) catch Cl:R -> {Cl, R} end]),
    %% match with '_' and '$N' patterns, match_delete
    io:format("~w~n", [ets:match(T, {'$2', '$1'})]),
    io:format("~w~n", [ets:match(T, {'_', 4})]),
    io:format("~w~n", [ets:match_object(T, {'$1', '$1'})]),
    ets:match_delete(T, {'_', 6}),
    io:format("~w~n", [ets:tab2list(T)]),
    io:format("~w~n", [ets:foldl(fun({K, _}, A) -> [K | A] end, [], T)]),
    io:format("~w~n", [ets:foldr(fun({K, _}, A) -> [K | A] end, [], T)]),
    ok.
