-module(file_prim_loader).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

%% erl_prim_loader, code:where_is_file and applications read from disk.
main() ->
    Dir = "/tmp/popcorn_file_loader_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    try run(Dir) after [file:delete(filename:join(Dir, F)) || F <- ["x.bin", "y.txt"]], file:del_dir(Dir) end.

run(Dir) ->
    ok = file:write_file(filename:join(Dir, "x.bin"), <<1, 2, 3>>),
    ok = file:write_file(filename:join(Dir, "y.txt"), "why"),
    show(registered, is_pid(whereis(erl_prim_loader))),
    show(list_dir, sorted(erl_prim_loader:list_dir(Dir))),
    show(list_dir_missing, erl_prim_loader:list_dir(filename:join(Dir, "missing"))),
    show(get_file, erl_prim_loader:get_file(filename:join(Dir, "x.bin")) =:=
             {ok, <<1, 2, 3>>, filename:join(Dir, "x.bin")}),
    show(get_file_missing, erl_prim_loader:get_file(filename:join(Dir, "nope"))),
    {ok, I} = erl_prim_loader:read_file_info(filename:join(Dir, "y.txt")),
    show(read_file_info, {I#file_info.size, I#file_info.type}),
    show(read_file_info_missing, erl_prim_loader:read_file_info(filename:join(Dir, "nope"))),
    {ok, LI} = erl_prim_loader:read_link_info(Dir),
    show(read_link_info, LI#file_info.type),
    show(get_cwd, erl_prim_loader:get_cwd() =:= file:get_cwd()),
    show(where_is_file, filename:basename(code:where_is_file("lists.beam"))),
    show(where_is_app, filename:basename(code:where_is_file("stdlib.app"))),
    show(where_is_missing, code:where_is_file("no_such_module_xyz.beam")),
    show(where_is_file_path, code:where_is_file([Dir], "y.txt") =:= filename:join(Dir, "y.txt")),
    show(load_app, application:load(runtime_tools)),
    show(app_vsn, element(1, application:get_key(runtime_tools, vsn))),
    show(app_mod, application:get_key(runtime_tools, mod)),
    show(load_missing, application:load(no_such_app_xyz)),
    ok.

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).
