// atomics, counters (erts_internal) and persistent_term against OTP 25's erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/atomics.js';
import '../../../src/bifs/counters.js';
import '../../../src/bifs/persistent_term.js';
import { A, attempt, call, w } from './helpers.js';

test('atomics: wraparound, compare_exchange, info', () => {
  const a = call('erts_internal', 'atomics_new', 2, 1);
  assert.equal(w(call('atomics', 'info', a)), '#{max => 9223372036854775807,memory => 56,min => -9223372036854775808,size => 2}');
  assert.equal(attempt(() => call('atomics', 'get', a, 3)), 'error:badarg');
  assert.equal(w(call('atomics', 'add_get', a, 1, 9223372036854775807n)), '9223372036854775807');
  assert.equal(w(call('atomics', 'add_get', a, 1, 1)), '-9223372036854775808');
  assert.equal(w(call('atomics', 'compare_exchange', a, 2, 0, 5)), 'ok');
  assert.equal(w(call('atomics', 'compare_exchange', a, 2, 0, 6)), '5');
  assert.equal(w(call('atomics', 'exchange', a, 2, 7)), '5');
  const u = call('erts_internal', 'atomics_new', 1, 0);
  assert.equal(w(call('atomics', 'info', u)), '#{max => 18446744073709551615,memory => 48,min => 0,size => 1}');
  assert.equal(w(call('atomics', 'add_get', u, 1, -1)), '18446744073709551615');
  assert.equal(attempt(() => call('atomics', 'put', u, 1, -1)), 'error:badarg');
  assert.equal(w(call('atomics', 'add_get', u, 1, 18446744073709551615n)), '18446744073709551614');
});

test('write_concurrency counters', () => {
  const c = call('erts_internal', 'counters_new', 3);
  call('erts_internal', 'counters_add', c, 1, 5);
  call('erts_internal', 'counters_add', c, 1, -2);
  assert.equal(w(call('erts_internal', 'counters_get', c, 1)), '3');
  assert.equal(attempt(() => call('erts_internal', 'counters_get', c, 4)), 'error:badarg');
  call('erts_internal', 'counters_add', c, 2, 9223372036854775807n);
  call('erts_internal', 'counters_add', c, 2, 1);
  assert.equal(w(call('erts_internal', 'counters_get', c, 2)), '-9223372036854775808');
  assert.equal(attempt(() => call('erts_internal', 'counters_new', 0)), 'error:badarg');
});

test('persistent_term', () => {
  assert.equal(w(call('persistent_term', 'put', [A('k'), 1], A('v'))), 'ok');
  assert.equal(w(call('persistent_term', 'get', [A('k'), 1])), 'v');
  assert.equal(attempt(() => call('persistent_term', 'get', A('nokey'))), 'error:badarg');
  assert.equal(w(call('persistent_term', 'get', A('nokey'), A('d'))), 'd');
  call('persistent_term', 'put', [A('k'), 1], A('v2'));
  assert.equal(w(call('persistent_term', 'get', [A('k'), 1])), 'v2');
  assert.equal(w(call('persistent_term', 'get')), '[{{k,1},v2}]');
  assert.equal(w(call('persistent_term', 'erase', [A('k'), 1])), 'true');
  assert.equal(w(call('persistent_term', 'erase', [A('k'), 1])), 'false');
  assert.equal(w(call('persistent_term', 'info')), '#{count => 0,memory => 0}');
});
