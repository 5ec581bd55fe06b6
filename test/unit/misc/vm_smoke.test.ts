// The misc BIFs called from compiled Erlang on the VM, checked against the real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/checksum.js';
import '../../../src/bifs/erlang_time.js';
import '../../../src/bifs/erlang_misc.js';
import '../../../src/bifs/packet.js';
import '../../../src/bifs/erts_internal.js';
import '../../../src/bifs/erts_debug.js';
import { compile, run, erlRun } from '../vm/harness.js';

const SRC = {
  misc1: `
-module(misc1).
-export([all/0]).
all() ->
  {erlang:crc32([<<"abc">>, "def"]), erlang:adler32(<<"xyz">>), erlang:md5("abc"),
   erlang:md5_final(erlang:md5_update(erlang:md5_init(), <<"abc">>)),
   pid_to_list(list_to_pid("<0.42.1>")), erlang:fun_to_list(fun lists:map/2),
   erlang:decode_packet(2, <<0,3,"abcde">>, []),
   erlang:decode_packet(httph_bin, <<"Host: h\\r\\n\\r\\n">>, []),
   string:list_to_float("2.5e2rest"), erlang:external_size({a, [1,2], <<"b">>}),
   erlang:is_builtin(lists, member, 2), erlang:universaltime_to_posixtime({{2020,2,29},{1,2,3}}),
   erlang:posixtime_to_universaltime(1583000000), erts_debug:flat_size({[1,2],"ab"}),
   erts_internal:term_type(1.5), catch list_to_pid("<0.x.0>")}.
`,
};

test('misc BIFs from Erlang code match erl', async () => {
  const dir = compile(SRC);
  const got = (await run(dir, 'misc1', 'all')).value;
  const want = erlRun(dir, 'misc1', 'all').trim();
  assert.equal(got, want);
});
