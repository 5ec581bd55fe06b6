// Instructions and chunk forms that only OTP 26+ compilers write (bs_match,
// update_record, executable_line, debug_line, an uncompressed LitT), run in
// both tiers. The host's erlc (OTP 25) cannot emit them, so each module is
// assembled by its beam_asm alone (no validator) with a stand-in OTP 25
// instruction of the same operand shape right after a marker label; the test
// then rewrites that opcode byte (and the Code header's highest opcode).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { compile, run, erlRun } from './harness.js';
import { buildBeam } from '../loader/erl_helpers.js';
import { loadBeam } from '../../../src/loader/beam.js';
import { atom } from '../../../src/term/types.js';
import { setJitHeat } from '../../../src/vm/executor.js';
import { Op } from '../../../src/loader/opcodes.js';

// Reads a .S file and hands its functions straight to beam_asm:module/4.
const RAWASM = `
-module(rawasm).
-export([file/2]).
file(In, Out) ->
    {ok, Forms} = file:consult(In),
    {module, M} = lists:keyfind(module, 1, Forms),
    {exports, E} = lists:keyfind(exports, 1, Forms),
    {labels, L} = lists:keyfind(labels, 1, Forms),
    {ok, Bin} = beam_asm:module({M, E, [], funs(Forms), L}, [], [], []),
    ok = file:write_file(Out, Bin).
funs([{function, N, A, En} | T]) ->
    {Is, Rest} = lists:splitwith(fun({function, _, _, _}) -> false; (_) -> true end, T),
    [{function, N, A, En, Is} | funs(Rest)];
funs([_ | T]) -> funs(T);
funs([]) -> [].
`;

const MODINFO = (m: string, l: number) => `
{function, module_info, 0, ${l + 1}}.
  {label,${l}}.
    {func_info,{atom,${m}},{atom,module_info},0}.
  {label,${l + 1}}.
    {move,{atom,${m}},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function, module_info, 1, ${l + 3}}.
  {label,${l + 2}}.
    {func_info,{atom,${m}},{atom,module_info},1}.
  {label,${l + 3}}.
    {move,{x,0},{x,1}}.
    {move,{atom,${m}},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
`;

// newops: bs_match (stand-in get_map_elements: Fail Src List) with the
// command lists OTP 26+ writes (sizes, units and live counts untagged),
// update_record (stand-in put_map_assoc), executable_line (stand-in
// test_heap) and debug_line (stand-in bs_start_match4); rest/1 passes a
// match context to byte_size/bit_size, as OTP 26+ code does. newops_ref is the
// Erlang each function stands for, run on the real erl.
const NEWOPS_S = `
{module, newops}.
{exports, [{parse,1},{exact,1},{upd,1},{lines,1},{rest,1},{module_info,0},{module_info,1}]}.
{attributes, []}.
{labels, 30}.
{function, parse, 1, 2}.
  {label,1}.
    {func_info,{atom,newops},{atom,parse},1}.
  {label,2}.
    {bs_start_match4,{f,4},1,{x,0},{x,0}}.
    {label,3}.
    {get_map_elements,{f,4},{x,0},
      {list,[{atom,ensure_at_least},16,8,
             {atom,integer},1,{literal,[]},8,1,{x,1},
             {atom,integer},2,{literal,[]},4,1,{x,2},
             {atom,integer},3,{literal,[little,signed]},4,1,{x,3},
             {atom,get_tail},4,8,{x,0}]}}.
    {test_heap,5,4}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2},{x,3},{x,0}]}}.
    return.
  {label,4}.
    {move,{atom,error},{x,0}}.
    return.
{function, exact, 1, 6}.
  {label,5}.
    {func_info,{atom,newops},{atom,exact},1}.
  {label,6}.
    {bs_start_match4,{f,8},1,{x,0},{x,0}}.
    {label,7}.
    {get_map_elements,{f,8},{x,0},
      {list,[{atom,ensure_exactly},24,
             {atom,'=:='},nil,8,97,
             {atom,skip},8,
             {atom,binary},1,{literal,[]},1,8,{x,0}]}}.
    return.
  {label,8}.
    {move,{atom,no},{x,0}}.
    return.
{function, upd, 1, 10}.
  {label,9}.
    {func_info,{atom,newops},{atom,upd},1}.
  {label,10}.
    {move,{integer,7},{x,1}}.
    {label,11}.
    {put_map_assoc,{atom,reuse},4,{x,0},{x,0},{list,[2,{x,1},4,{atom,z}]}}.
    return.
{function, lines, 1, 13}.
  {label,12}.
    {func_info,{atom,newops},{atom,lines},1}.
  {label,13}.
    {test_heap,1,1}.
    {label,14}.
    {bs_start_match4,{atom,entry},1,1,1}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    return.
{function, rest, 1, 16}.
  {label,15}.
    {func_info,{atom,newops},{atom,rest},1}.
  {label,16}.
    {bs_start_match4,{atom,no_fail},1,{x,0},{x,0}}.
    {label,17}.
    {get_map_elements,{f,15},{x,0},{list,[{atom,ensure_at_least},8,1,{atom,skip},8]}}.
    {gc_bif,byte_size,{f,0},1,[{x,0}],{x,1}}.
    {gc_bif,bit_size,{f,0},2,[{x,0}],{x,2}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    return.
` + MODINFO('newops', 26);

const NEWOPS_REF = `
-module(newops_ref).
-export([parse/1, exact/1, upd/1, lines/1, rest/1]).
parse(<<L:8, A:4, B:4/little-signed, R/binary>>) -> {L, A, B, R};
parse(_) -> error.
exact(<<"a", _:8, R:1/binary>>) -> R;
exact(_) -> no.
upd(T) -> setelement(4, setelement(2, T, 7), z).
lines(X) -> X + 1.
rest(<<_:8, R/bits>>) -> {byte_size(R), bit_size(R)}.
`;

// The calls, with the module to call as the argument.
const CASES_ERL = `
-module(cases).
-compile(export_all).
p1(M) -> M:parse(<<3,16#A5,1,2>>).
p2(M) -> M:parse(<<3,16#AF,1,2>>).
p3(M) -> M:parse(<<3,16#AF,1,2:7>>).
p4(M) -> M:parse(<<3>>).
e1(M) -> M:exact(<<"abc">>).
e2(M) -> M:exact(<<"xbc">>).
e3(M) -> M:exact(<<"abcd">>).
e4(M) -> M:exact(<<"ab">>).
u1(M) -> M:upd({r,1,2,3}).
l1(M) -> M:lines(41).
r1(M) -> M:rest(<<1,2,3:5>>).
`;

// Where the stand-ins sit: the label right before each, and the real opcode.
const PATCHES: [label: number, from: number, to: number][] = [
  [3, Op.get_map_elements, Op.bs_match],
  [7, Op.get_map_elements, Op.bs_match],
  [11, Op.put_map_assoc, Op.update_record],
  [13, Op.test_heap, Op.executable_line],
  [14, Op.bs_start_match4, Op.debug_line],
  [17, Op.get_map_elements, Op.bs_match],
];

function splitBeam(b: Uint8Array): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = 12; p < b.length; ) {
    const id = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
    const size = dv.getUint32(p + 4);
    out.push([id, b.slice(p + 8, p + 8 + size)]);
    p += 8 + ((size + 3) & ~3);
  }
  return out;
}


/** Rewrite each stand-in opcode (found as: label op, label operand, opcode) and store LitT as OTP 28 does. */
function upgrade(beam: Uint8Array): Uint8Array {
  const chunks = splitBeam(beam);
  const code = chunks.find(([id]) => id === 'Code')![1];
  const dv = new DataView(code.buffer, code.byteOffset, code.byteLength);
  dv.setUint32(8, Op.debug_line); // the highest opcode used
  for (const [label, from, to] of PATCHES) {
    // the label instruction's untagged operand in compact form (labels < 2048)
    const want = [Op.label, ...(label < 16 ? [label << 4] : [((label >> 3) & 0xe0) | 0x08, label & 0xff]), from];
    const hits: number[] = [];
    for (let i = 20; i + want.length <= code.length; i++) {
      if (want.every((b, k) => code[i + k] === b)) hits.push(i + want.length - 1);
    }
    assert.equal(hits.length, 1, `stand-in after label ${label}`);
    code[hits[0]] = to;
  }
  // LitT: an inflated size of 0 and the table stored as is.
  const i = chunks.findIndex(([id]) => id === 'LitT');
  const lit = chunks[i][1];
  const raw = inflateSync(lit.subarray(4));
  const plain = new Uint8Array(4 + raw.length);
  plain.set(raw, 4);
  chunks[i] = ['LitT', plain];
  return buildBeam(chunks);
}

const dir = compile({ rawasm: RAWASM, newops_ref: NEWOPS_REF, cases: CASES_ERL });
writeFileSync(join(dir, 'newops.S'), NEWOPS_S);
execFileSync('erl', ['-noshell', '-pa', dir, '-eval', 'rawasm:file("newops.S", "newops.beam"), halt().'], { cwd: dir });
writeFileSync(join(dir, 'newops.beam'), upgrade(new Uint8Array(readFileSync(join(dir, 'newops.beam')))));

test('the rewritten module carries the OTP 26+ opcodes and an uncompressed LitT', () => {
  const m = loadBeam(new Uint8Array(readFileSync(join(dir, 'newops.beam'))));
  const ops = new Set(m.code.map((i) => i.op));
  for (const op of [Op.bs_match, Op.update_record, Op.executable_line, Op.debug_line]) assert.ok(ops.has(op), String(op));
  assert.ok(m.literals.length > 0);
});

const erlSays = new Map<string, string>();
function expected(c: string): string {
  let v = erlSays.get(c);
  if (v === undefined) erlSays.set(c, (v = erlRun(dir, 'cases', c, '[newops_ref]')));
  return v;
}

after(() => setJitHeat(20));
for (const heat of [20, 1]) {
  for (const c of ['p1', 'p2', 'p3', 'p4', 'e1', 'e2', 'e3', 'e4', 'u1', 'l1', 'r1']) {
    test(`OTP 26+ instructions, ${heat === 1 ? 'compiled' : 'interpreted'}: cases:${c}`, async () => {
      setJitHeat(heat);
      const r = await run(dir, 'cases', c, [atom('newops')]);
      assert.equal(r.value, expected(c));
    });
  }
}
