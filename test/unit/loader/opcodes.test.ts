import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_OPCODE, OPCODES, Op, opName } from '../../../src/loader/opcodes.js';
import { erlEval } from './erl_helpers.js';

test('opcode table agrees with the local OTP compiler (beam_opcodes)', () => {
  // the installed OTP knows opcodes up to its own maximum; ask it about each
  const out = erlEval(
    `[io:format("~w ~s ~w~n", [I, N, A]) || I <- lists:seq(1, ${MAX_OPCODE}), {N, A} <- [catch beam_opcodes:opname(I)], is_integer(A)]`,
  );
  const lines = out.trim().split('\n');
  assert.ok(lines.length >= 180, `erl reported ${lines.length} opcodes`);
  for (const line of lines) {
    const [n, name, arity] = line.split(' ');
    const info = OPCODES[Number(n)];
    assert.ok(info, `opcode ${n} missing`);
    assert.equal(info.name, name);
    assert.equal(info.arity, Number(arity));
  }
});

test('opcode table covers OTP 26-28 additions and the enum matches', () => {
  assert.equal(OPCODES.length, MAX_OPCODE + 1);
  assert.equal(OPCODES[0], undefined);
  for (let i = 1; i <= MAX_OPCODE; i++) assert.ok(OPCODES[i], `opcode ${i}`);
  assert.deepEqual([OPCODES[181]!.name, OPCODES[181]!.arity], ['update_record', 5]);
  assert.deepEqual([OPCODES[182]!.name, OPCODES[182]!.arity], ['bs_match', 3]);
  assert.deepEqual([OPCODES[183]!.name, OPCODES[183]!.arity], ['executable_line', 2]);
  assert.deepEqual([OPCODES[184]!.name, OPCODES[184]!.arity], ['debug_line', 4]);
  assert.equal(Op.label, 1);
  assert.equal(Op.move, 64);
  assert.equal(Op.call_ext_last, 8);
  assert.equal(Op.bs_get_binary2, 119);
  assert.equal(Op.bs_create_bin, 177);
  assert.equal(Op.catch, 62);
  assert.equal(opName(Op.try), 'try');
  assert.equal(OPCODES[Op.m_plus]!.obsolete, true);
  assert.equal(OPCODES[Op.move]!.obsolete, false);
});
