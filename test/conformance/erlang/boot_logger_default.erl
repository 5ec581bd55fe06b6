-module(boot_logger_default).
-export([main/0]).
%% The default handler prints on standard_io; a template without time or
%% pid keeps the output deterministic. The handler writes asynchronously:
%% filesync/1 waits until it has written what was logged before.
sync() -> ok = logger_std_h:filesync(default).
main() ->
    ok = logger:set_handler_config(default, formatter,
                                   {logger_formatter, #{single_line => false, template => [level, ": ", msg, "\n"]}}),
    logger:notice("notice ~p", [1]),
    logger:warning("warning ~s", ["two"]),
    logger:info("info is below the primary level"),
    logger:error(#{what => report, n => 3}),
    sync(),
    io:format("~p~n", [maps:get(level, logger:get_primary_config())]),
    ok = logger:set_primary_config(level, info),
    logger:info("now info shows"),
    logger:debug("debug does not"),
    sync(),
    ok = logger:set_primary_config(level, none),
    logger:emergency("nothing at none"),
    io:format("~p~n", [[Id || #{id := Id} <- logger:get_handler_config()]]),
    error_logger:error_msg("never printed~n"),
    ok.
