%% A Mix project's config as Mix's loadconfig applies it, for `popcorn run
%% DIR` (popcorn_mix) and for a page (popcorn_wasm_boot): config.exs and
%% runtime.exs, both evaluated on the host, become persistent application
%% env; each runtime value is merged into what its application has by then.
%% The merge is Config.Reader.merge/2's, written here so that a bundle does
%% not carry Elixir's Config modules for it.
-module(popcorn_config).
-export([load/2, merge/2]).

load(Config, Runtime) ->
    ok = application:set_env(Config, [{persistent, true}]),
    Merged = [{App, merge(application:get_all_env(App), Pairs)} || {App, Pairs} <- Runtime],
    ok = application:set_env(Merged, [{persistent, true}]).

%% Keyword.merge/3 with a deep merge of keyword values: the keys of New are
%% removed from Old, then New's pairs follow in order, each merged with the
%% value Old had for it.
merge(Old, New) ->
    Kept = [P || {K, _} = P <- Old, not lists:keymember(K, 1, New)],
    Kept ++ merge_pairs(New, Old).

merge_pairs([], _Old) ->
    [];
merge_pairs([{K, V2} | Rest], Old) ->
    case lists:keyfind(K, 1, Old) of
        {K, V1} -> [{K, merge_value(V1, V2)} | merge_pairs(Rest, lists:keydelete(K, 1, Old))];
        false -> [{K, V2} | merge_pairs(Rest, Old)]
    end.

merge_value(V1, V2) ->
    case is_keyword(V1) andalso is_keyword(V2) of
        true -> merge(V1, V2);
        false -> V2
    end.

is_keyword(L) when is_list(L) -> lists:all(fun({K, _}) -> is_atom(K); (_) -> false end, L);
is_keyword(_) -> false.
