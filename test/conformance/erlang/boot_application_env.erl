-module(boot_application_env).
-export([main/0]).
main() ->
    io:format("~p~n", [[App || {App, _, _} <- application:which_applications()]]),
    %% sorted: loaded_applications/0 walks an ETS set keyed by {loaded, App},
    %% whose order depends on atom-table indices, which differ between VMs
    io:format("~p~n", [lists:sort([App || {App, _, _} <- application:loaded_applications(), App =:= kernel orelse App =:= stdlib])]),
    io:format("~p~n", [application:get_env(kernel, logger_level)]),
    io:format("~p~n", [application:get_env(kernel, no_such_key)]),
    io:format("~p~n", [application:get_env(kernel, no_such_key, dflt)]),
    ok = application:set_env(myapp, color, blue),
    io:format("~p~n", [application:get_env(myapp, color)]),
    ok = application:set_env(myapp, color, red, [{persistent, true}]),
    io:format("~p~n", [application:get_all_env(myapp)]),
    ok = application:unset_env(myapp, color),
    io:format("~p~n", [application:get_env(myapp, color)]),
    io:format("~p~n", [application:get_key(stdlib, applications)]),
    io:format("~p~n", [application:get_application(kernel_sup)]),
    io:format("~p~n", [is_pid(whereis(application_controller))]),
    io:format("~p~n", [[is_pid(whereis(N)) || N <- [logger, kernel_sup, kernel_safe_sup, user, standard_error, init]]]),
    io:format("~p~n", [application:start(kernel)]),
    io:format("~p~n", [init:get_status()]),
    ok.
