-module(op_on_load).
-export([main/0, helper/1]).
%% on_load: the function named by -on_load runs once, when the module is
%% loaded and before any of its other code; it may call the module itself.
-on_load(init/0).

init() ->
    N = persistent_term:get({?MODULE, runs}, 0),
    persistent_term:put({?MODULE, runs}, N + 1),
    persistent_term:put({?MODULE, helper}, helper(21)),
    persistent_term:put({?MODULE, main_ran}, persistent_term:get({?MODULE, main_ran}, false)),
    ok.

helper(X) -> X * 2.

main() ->
    Before = persistent_term:get({?MODULE, main_ran}),
    persistent_term:put({?MODULE, main_ran}, true),
    io:format("on_load ran ~w time(s); main had not run yet: ~w~n",
              [persistent_term:get({?MODULE, runs}), Before =:= false]),
    io:format("helper from on_load: ~w~n", [persistent_term:get({?MODULE, helper})]),
    io:format("attribute: ~w~n", [proplists:get_value(on_load, ?MODULE:module_info(attributes))]),
    %% calling the module again does not run it a second time
    _ = ?MODULE:helper(1),
    io:format("runs now ~w~n", [persistent_term:get({?MODULE, runs})]),
    ok.
