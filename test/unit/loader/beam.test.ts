import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBeam } from '../../../src/loader/beam.js';
import { OPCODES, Op } from '../../../src/loader/opcodes.js';
import {
  AllocList, ExtList, FunEntry, Import, Label, Lit, Reg, RegKind,
  type Module, type Operand,
} from '../../../src/loader/ir.js';
import { Atom, Cons, Float, NIL, atom, type Term } from '../../../src/term/types.js';
import { beamDirs, beamFiles, buildBeam, erlEval, erlc } from './erl_helpers.js';

test('loads every .beam of stdlib, kernel, compiler, erts and Elixir', () => {
  let count = 0, bytes = 0, instrs = 0;
  const t0 = performance.now();
  for (const dir of beamDirs()) {
    for (const f of beamFiles(dir)) {
      const data = readFileSync(f);
      bytes += data.length;
      let m: Module;
      try {
        m = loadBeam(data);
      } catch (e) {
        assert.fail(`${f}: ${(e as Error).message}`);
      }
      count++;
      instrs += m.code.length;
      assert.ok(m.functions.length > 0);
      for (const fi of m.functions) assert.equal(m.code[fi.entry].op, Op.label);
    }
  }
  const ms = performance.now() - t0;
  console.log(`loaded ${count} modules (${(bytes / 1e6).toFixed(1)} MB, ${instrs} instructions) in ${ms.toFixed(0)} ms`);
  assert.ok(count > 300);
});

test('module_info(md5) matches the real BEAM', () => {
  const mods = ['lists', 'gen_server', 'io_lib', 'maps', 'erl_eval', 'beam_asm', 'application'];
  const out = erlEval(`[io:format("~s ~s ~s~n", [M, code:which(M), binary:encode_hex(M:module_info(md5))]) || M <- [${mods.join(',')}]]`);
  for (const line of out.trim().split('\n')) {
    const [m, path, hex] = line.split(' ');
    const got = Buffer.from(loadBeam(readFileSync(path)).md5).toString('hex').toUpperCase();
    assert.equal(got, hex, m);
  }
});

// --- a small module, compiled now, checked against erlc -S ---

const SRC = `-module(t).
-export([a/1, big/1, neg/1, sel/1, fn/1, bin/1, rec/1, fl/1, tr/1, mp/1, str/1]).
-record(r, {a, b, c}).
a(X) -> lists:reverse([X, 1]).
big(123456789012345678901234567890) -> pos;
big(-98765432109876543210) -> neg;
big(X) when X > 16#7fffffffffffffff -> huge;
big(_) -> {123456789012345678901234567890, 70000}.
neg(-1) -> a; neg(-300) -> b; neg(-70000) -> c; neg(-2147483648) -> d; neg(X) -> X - 5.
sel(1) -> one; sel(2) -> two; sel(x) -> ex; sel(_) -> other.
fn(Y) -> fun(Z) -> Y + Z end.
bin(<<A:8, B/binary>>) -> <<B/binary, A>>.
rec(R) -> R#r{a = 1, b = 2}.
fl(X) -> X * 2.5.
tr(F) -> try F() of {ok, V} -> V catch throw:E -> {caught, E} end.
mp(#{k := V} = M) -> M#{k => V + 1, j => [$a, $b]}.
str(<<"abc", R/binary>>) -> R.
`;

// Prints each instruction of an erlc -S listing as one line of tokens.
const NORM = `-module(norm).
-export([main/1]).
main(File) ->
    {ok, Forms} = file:consult(File),
    [io:format("~s~n", [ins(I)]) || I <- Forms, not skip(I)].
skip({'%', _}) -> true;
skip({module, _}) -> true;
skip({exports, _}) -> true;
skip({attributes, _}) -> true;
skip({labels, _}) -> true;
skip({function, _, _, _}) -> true;
skip(_) -> false.
ins(I) when is_atom(I) -> atom_to_list(I);
ins(I) -> {Name, Args} = shape(I), string:join([atom_to_list(Name) | [op(A) || A <- Args]], " ").
shape({test, T, F, Args}) -> {T, [F | Args]};
shape({test, T, F, Live, [A | Args], Dst}) -> {T, [F, A, Live | Args] ++ [Dst]};
shape({bif, raise, _F, Args, _D}) -> {raise, Args};
shape({bif, N, F, Args, D}) when N =:= fadd; N =:= fsub; N =:= fmul; N =:= fdiv; N =:= fnegate -> {N, [F | Args] ++ [D]};
shape({bif, N, F, Args, D}) -> {list_to_atom("bif" ++ integer_to_list(length(Args))), [F, {extfunc, erlang, N, length(Args)} | Args] ++ [D]};
shape({gc_bif, N, F, Live, Args, D}) -> {list_to_atom("gc_bif" ++ integer_to_list(length(Args))), [F, Live, {extfunc, erlang, N, length(Args)} | Args] ++ [D]};
shape(T) -> [N | As] = tuple_to_list(T), {N, As}.
op({x, N}) -> "x" ++ integer_to_list(N);
op({y, N}) -> "y" ++ integer_to_list(N);
op({fr, N}) -> "fr" ++ integer_to_list(N);
op({tr, R, _}) -> op(R);
op({atom, A}) -> io_lib:format("~w", [A]);
op({integer, N}) -> integer_to_list(N);
op({f, N}) -> "f" ++ integer_to_list(N);
op(nil) -> "[]";
op({literal, T}) -> io_lib:format("~w", [T]);
op({float, T}) -> io_lib:format("~w", [T]);
op({list, L}) -> "{" ++ string:join([op(E) || E <- L], " ") ++ "}";
op({extfunc, M, F, A}) -> io_lib:format("~w:~w/~w", [M, F, A]);
op(N) when is_integer(N) -> integer_to_list(N);
op(T) -> io_lib:format("?~w", [T]).
`;

function atomText(a: Atom): string {
  return /^[a-z][a-zA-Z0-9_@]*$/.test(a.name) ? a.name : `'${a.name}'`;
}

// Enough of ~w for the terms of the test module.
function termText(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof Atom) return atomText(t);
  if (t === NIL) return '[]';
  if (t instanceof Float) return String(t.value);
  if (Array.isArray(t)) return `{${t.map(termText).join(',')}}`;
  if (t instanceof Cons) {
    const items: string[] = [];
    let c: Term = t;
    while (c instanceof Cons) { items.push(termText(c.head)); c = c.tail; }
    return `[${items.join(',')}${c === NIL ? '' : '|' + termText(c)}]`;
  }
  return '?';
}

function operandText(o: Operand, labelOf: Map<number, number>): string {
  if (typeof o === 'number') return String(o);
  if (o instanceof Reg) return (o.k === RegKind.X ? 'x' : o.k === RegKind.Y ? 'y' : 'fr') + o.n;
  if (o instanceof Lit) return termText(o.value);
  if (o instanceof Label) return 'f' + (o.index === -1 ? 0 : labelOf.get(o.index));
  if (o instanceof ExtList) return `{${o.items.map((i) => operandText(i, labelOf)).join(' ')}}`;
  if (o instanceof Import) return `${atomText(o.module)}:${atomText(o.name)}/${o.arity}`;
  if (o instanceof FunEntry) return `fun${o.index}`;
  if (o instanceof AllocList) return `alloc(${o.words},${o.floats},${o.funs})`;
  return '?';
}

test('decoded instructions match erlc -S', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  writeFileSync(join(dir, 't.erl'), SRC);
  writeFileSync(join(dir, 'norm.erl'), NORM);
  erlc(['t.erl'], dir);
  erlc(['-S', 't.erl'], dir);
  erlc(['norm.erl'], dir);
  const expected = erlEval('norm:main("t.S")', dir).trim().split('\n');
  const m = loadBeam(readFileSync(join(dir, 't.beam')));
  const labelOf = new Map<number, number>();
  m.labels.forEach((idx, n) => { if (idx >= 0) labelOf.set(idx, n); });
  assert.equal(m.code.length, expected.length);
  let compared = 0;
  m.code.forEach((ins, i) => {
    const name = OPCODES[ins.op]!.name;
    const exp = expected[i];
    assert.equal(name, exp.split(' ')[0], `instruction ${i}`);
    // compare operands where the listing shows them as the .beam encodes them
    if (exp.includes('?') || name === 'line' || name === 'make_fun3') return;
    const got = [name, ...ins.args.map((a) => operandText(a, labelOf))].join(' ');
    assert.equal(got, exp, `instruction ${i}`);
    compared++;
  });
  assert.ok(compared > 100);

  // things the listing shows differently
  assert.equal(m.name, atom('t'));
  const fn = m.functions.find((f) => f.name.name === 'fn')!;
  const mk = m.code.find((c, i) => i > fn.entry && c.op === Op.make_fun3)!;
  const fe = mk.args[0] as FunEntry;
  assert.ok(fe instanceof FunEntry);
  assert.equal(fe.arity, 2);
  assert.equal(fe.numFree, 1);
  assert.equal(m.code[fe.label].op, Op.label);
  assert.equal(m.funs[0], fe);
  const th = m.code[fn.entry + 1];
  assert.equal(th.op, Op.test_heap);
  assert.deepEqual(th.args[0], new AllocList(1, 0, 1));
  // exports and functions
  assert.deepEqual([...m.exports.keys()].sort(), ['a/1', 'big/1', 'bin/1', 'fl/1', 'fn/1', 'mp/1', 'module_info/0', 'module_info/1', 'neg/1', 'rec/1', 'sel/1', 'str/1', 'tr/1'].sort());
  const sel = m.exports.get('sel/1')!;
  assert.equal(m.code[sel.funcInfo].op, Op.func_info);
  assert.equal(m.code[sel.entry].op, Op.label);
  // line table: each function's first line instruction -> its source line
  const lineOf = (name: string) => {
    const f = m.functions.find((x) => x.name.name === name)!;
    const ins = m.code[f.funcInfo - 1];
    assert.equal(ins.op, Op.line);
    return m.lines[ins.args[0] as number];
  };
  assert.deepEqual(lineOf('a'), { file: 't.erl', line: 4 });
  assert.deepEqual(lineOf('str'), { file: 't.erl', line: 17 });
  assert.deepEqual(m.lines[0], { file: '', line: 0 });
  // StrT holds "abc" for bs_match_string
  assert.equal(new TextDecoder().decode(m.strings), 'abc');
  // Type chunk (OTP 25+) decoded; typed registers keep their index
  assert.ok(m.types.length > 0);
});


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

test('gzip-compressed BEAM, latin1 Atom chunk and AtomVM LitU chunk load alike', async () => {
  const pako = await import('pako');
  const path = beamFiles(beamDirs().find((d) => d.includes('/stdlib-'))!).find((f) => f.endsWith('/lists.beam'))!;
  const b = new Uint8Array(readFileSync(path));
  const ref = loadBeam(b);
  const same = (m: Module) => {
    assert.equal(m.name, ref.name);
    assert.equal(m.code.length, ref.code.length);
    assert.equal(m.literals.length, ref.literals.length);
    assert.deepEqual([...m.exports.keys()], [...ref.exports.keys()]);
  };
  same(loadBeam(pako.gzip(b)));
  const chunks = splitBeam(b);
  // lists has only ASCII atoms, so its AtU8 bytes are also a valid latin1 'Atom' chunk
  const latin1 = loadBeam(buildBeam(chunks.map(([id, d]) => [id === 'AtU8' ? 'Atom' : id, d])));
  same(latin1);
  assert.deepEqual(Array.from(latin1.md5), Array.from(ref.md5));
  const litU = loadBeam(buildBeam(chunks.map(([id, d]) => (id === 'LitT' ? ['LitU', pako.inflate(d.subarray(4))] : [id, d]))));
  same(litU);
  assert.deepEqual(litU.literals, ref.literals);
});
