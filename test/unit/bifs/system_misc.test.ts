// Process and system BIF answers the Elixir conformance programs (sys_*,
// err_*) showed differing from erl: process_info/2 with a list keeps
// {registered_name, []}, unique_integer/1 rejects unknown modifiers,
// system_flag(backtrace_depth, N) returns the old depth, ports/0 and
// os:version/0 answer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from '../vm/harness.js';

const SRC = {
  sysmisc: `
-module(sysmisc).
-export([info/0, shapes/0]).
info() ->
    A = process_info(self(), [registered_name, trap_exit]),
    B = process_info(self(), registered_name),
    C = try erlang:unique_integer([positive, bogus]) catch error:R -> R end,
    D = erlang:system_flag(backtrace_depth, 3),
    E = erlang:system_flag(backtrace_depth, 8),
    F = try erlang:throw(x) catch throw:x:S -> length(S) =< 8 end,
    {A, B, C, D, E, F, is_integer(erlang:unique_integer([monotonic, positive]))}.
shapes() ->
    {is_list(erlang:ports()), tuple_size(os:version()), tuple_size(erlang:system_info(os_version))}.
`,
};

const dir = compile(SRC);

for (const f of ['info', 'shapes']) {
  test(`${f} matches erl`, async () => {
    assert.equal((await run(dir, 'sysmisc', f)).value, erlRun(dir, 'sysmisc', f));
  });
}
