// Bit-syntax construction and matching; expected values from OTP 25 erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Bitstring, Float, Cons, NIL, type Term } from '../../../src/term/types.js';
import {
  createBin, Segment, startMatch, getInteger, getFloat, getBinary, getUtf8, getUtf16, getUtf32,
  getTail, skipBits, testTail, testUnit, matchString, fieldFlags, BinWriter, bsAdd, matchBits,
  ensureAtLeast, ensureExactly, matchEq, initWritable,
} from '../../../src/vm/bitsyntax.js';
import { ErlangException } from '../../../src/vm/exception.js';

const I = atom('integer'), B = atom('binary'), F = atom('float'), U8 = atom('utf8'), U16 = atom('utf16'), U32 = atom('utf32');
const APPEND = atom('append'), ALL = atom('all'), UNDEF = atom('undefined');
const L = 2, S = 4;
const seg = (type: typeof I, value: Term, size: Term, unit = 1, flags = 0) => new Segment(type, unit, flags, value, size);
const bin = (bytes: number[], bits?: number) => new Bitstring(Uint8Array.from(bytes), 0, bits ?? bytes.length * 8);

/** erl's ~w rendering: whole bytes then Value:Bits for the tail. */
function w(b: Bitstring): string {
  const parts: number[] = [];
  const ms = startMatch(b)!;
  while (b.bitSize - ms.pos >= 8) parts.push(getInteger(ms, 8, 0) as number);
  const rem = b.bitSize - ms.pos;
  const out = parts.map(String);
  if (rem > 0) out.push(`${getInteger(ms, rem, 0)}:${rem}`);
  return '<<' + out.join(',') + '>>';
}

function reason(f: () => unknown): string {
  try { f(); } catch (e) { if (e instanceof ErlangException) return String(e.reason); throw e; }
  return 'ok';
}

test('odd-size integers at odd offsets, signed and little', () => {
  const b = createBin([seg(I, 1, 3), seg(I, -5, 13, 1, S | L), seg(I, 0x123456789abcdef01n, 67), seg(I, -300, 11, 1, L)]);
  assert.equal(w(b), '<<63,127,36,104,172,241,53,121,189,224,58,38:6>>');
  const ms = startMatch(b)!;
  assert.equal(skipBits(ms, 3), true);
  assert.equal(getInteger(ms, 13, S | L), -5);
  assert.equal(getInteger(ms, 67, 0), 20988295479420645121n);
  assert.equal(getInteger(ms, 11, L | S), -300);
  assert.equal(testTail(ms, 0), true);
  assert.equal(w(createBin([seg(I, 2 ** 40, 48), seg(I, -(2 ** 40), 48, 1, L), seg(I, -1, 53)])),
    '<<1,0,0,0,0,0,0,0,0,0,0,255,255,255,255,255,255,255,31:5>>');
  assert.equal(w(createBin([seg(I, 0xabcdef, 24, 1, L), seg(I, 0xabcdef, 20, 1, L)])), '<<239,205,171,239,205,11:4>>');
  // <<X:12/little>> = <<16#12, 16#3:4>> -> 786; signed variant -> -2030
  assert.equal(getInteger(startMatch(bin([0x12, 0x30], 12))!, 12, L), 786);
  assert.equal(getInteger(startMatch(bin([0x12, 0x80], 12))!, 12, L | S), -2030);
  assert.equal(w(createBin([seg(I, 0x123456789abcdef12n, 70, 1, L)])), '<<18,239,205,171,137,103,69,35,1:6>>');
  assert.equal(getInteger(startMatch(bin([1, 2, 3, 4, 5, 6, 7, 8, 9 << 2], 70))!, 70, L), 166599134359138271745n);
  assert.equal(w(createBin([seg(I, -1, 70)])), '<<255,255,255,255,255,255,255,255,63:6>>');
  assert.equal(getInteger(startMatch(bin([1]))!, 9, 0), null);
});

test('floats 16/32/64', () => {
  const b = createBin([seg(I, 1, 1), seg(F, new Float(1.5), 32), seg(F, new Float(-2.25), 64, 1, L), seg(F, new Float(0.1), 16)]);
  assert.equal(w(b), '<<159,224,0,0,0,0,0,0,0,0,1,96,23,51,0:1>>');
  const ms = startMatch(b)!;
  skipBits(ms, 1);
  assert.equal(getFloat(ms, 32, 0)!.value, 1.5);
  assert.equal(getFloat(ms, 64, L)!.value, -2.25);
  assert.equal(getFloat(ms, 16, 0)!.value, 0.0999755859375);
  assert.equal(w(createBin([seg(F, new Float(0.1), 16, 1, L), seg(F, new Float(65504), 16), seg(F, new Float(1e-7), 16), seg(F, new Float(-0), 64)])),
    '<<102,46,123,255,0,2,128,0,0,0,0,0,0,0>>');
  assert.equal(w(createBin([seg(F, new Float(1e10), 16)])), '<<124,0>>');
  assert.equal(w(createBin([seg(F, new Float(1e300), 32)])), '<<127,128,0,0>>');
  assert.equal(w(createBin([seg(F, 2n ** 70n, 64)])), '<<68,80,0,0,0,0,0,0>>');
  assert.equal(getFloat(startMatch(bin([127, 128, 0, 0]))!, 32, 0), null);
  assert.equal(getFloat(startMatch(bin([124, 1]))!, 16, 0), null);
  assert.equal(getFloat(startMatch(bin([0, 1]))!, 16, 0)!.value, 5.960464477539063e-8);
});

test('utf8/16/32', () => {
  const b = createBin([seg(I, 5, 5), seg(U8, 0x1f600, UNDEF), seg(U16, 0xe9, UNDEF, 0, L), seg(U16, 0x1f600, UNDEF), seg(U32, 0x41, UNDEF, 0, L)]);
  assert.equal(w(b), '<<47,132,252,196,7,72,6,193,238,240,2,8,0,0,0:5>>');
  const ms = startMatch(b)!;
  skipBits(ms, 5);
  assert.equal(getUtf8(ms), 0x1f600);
  assert.equal(getUtf16(ms, L), 0xe9);
  assert.equal(getUtf16(ms, 0), 0x1f600);
  assert.equal(getUtf32(ms, L), 0x41);
  assert.equal(getUtf8(startMatch(bin([0xed, 0xa0, 0x80]))!), null);
  assert.equal(getUtf8(startMatch(bin([0xc0, 0x80]))!), null);
  assert.equal(getUtf32(startMatch(bin([0, 0, 0xd8, 0]))!, 0), null);
  assert.equal(getUtf16(startMatch(bin([0xdc, 0]))!, 0), null);
  assert.equal(w(createBin([seg(U16, 0x10ffff, UNDEF, 0, L)])), '<<255,219,255,223>>');
});

test('binaries: sub-binaries share memory; tails; strings; units', () => {
  const src = bin([1, 2, 3, 4, 5]);
  const ms = startMatch(src)!;
  assert.equal(getInteger(ms, 4, 0), 0);
  const sub = getBinary(ms, 16, 1)!;
  assert.equal(sub.data, src.data);
  assert.equal(w(sub), '<<16,32>>');
  assert.equal(testUnit(ms, 4), true);
  assert.equal(testUnit(ms, 8), false);
  assert.equal(getBinary(ms, 'all', 8), null);
  const tail = getTail(ms);
  assert.equal(tail.data, src.data);
  assert.equal(w(tail), '<<48,64,5:4>>');
  const m2 = startMatch(src)!;
  assert.equal(matchString(m2, Uint8Array.from([9, 1, 2, 3]), 1, 20), true);
  assert.equal(m2.pos, 20);
  assert.equal(matchString(m2, Uint8Array.from([0x41]), 0, 8), false);
  assert.equal(m2.pos, 20);
  // <<B:2/binary-unit:4>> takes 8 bits
  assert.equal(w(createBin([seg(B, bin([1, 2, 3]), 2, 4)])), '<<1>>');
  assert.equal(w(createBin([seg(B, bin([0x20], 3), ALL, 1), seg(B, bin([0xff, 0xff]), 1, 8)])), '<<63,7:3>>');
  assert.equal(startMatch(atom('a')), null);
  assert.equal(matchBits(atom('a'), 8), -1);
  assert.equal(matchBits(-1, 8), -1);
});

test('error reasons match erl', () => {
  const A = atom('a');
  assert.equal(reason(() => createBin([seg(I, A, 8)])), 'badarg');
  assert.equal(reason(() => createBin([seg(I, new Float(1.5), 8)])), 'badarg');
  assert.equal(reason(() => createBin([seg(I, 1, -1)])), 'badarg');
  assert.equal(reason(() => createBin([seg(I, 1, A)])), 'badarg');
  assert.equal(reason(() => createBin([seg(B, bin([1, 2, 3]), 4, 8)])), 'badarg');
  assert.equal(reason(() => createBin([seg(B, bin([0x20], 3), ALL, 8)])), 'badarg');
  assert.equal(reason(() => createBin([seg(B, A, ALL, 8)])), 'badarg');
  assert.equal(reason(() => createBin([seg(F, A, 64)])), 'badarg');
  assert.equal(reason(() => createBin([seg(F, 2n ** 1100n, 64)])), 'badarg');
  assert.equal(reason(() => createBin([seg(F, new Float(1), 24)])), 'badarg');
  assert.equal(reason(() => createBin([seg(U8, 0x110000, UNDEF)])), 'badarg');
  assert.equal(reason(() => createBin([seg(U16, 0xd800, UNDEF)])), 'badarg');
  assert.equal(reason(() => createBin([seg(U32, -1, UNDEF)])), 'badarg');
  assert.equal(reason(() => createBin([seg(U8, A, UNDEF)])), 'badarg');
  assert.equal(reason(() => createBin([seg(I, 1, 2 ** 60)])), 'system_limit');
  assert.equal(reason(() => createBin([seg(I, 1, 2n ** 70n)])), 'system_limit');
  assert.equal(reason(() => createBin([seg(APPEND, bin([0x20], 3), ALL, 8), seg(I, 1, 8)])), 'badarg');
  assert.equal(reason(() => bsAdd(A, 1, 8)), 'badarg');
  assert.equal(bsAdd(3, 2, 8), 19);
});

test('append is amortised O(1) and does not disturb shared prefixes', () => {
  let acc: Bitstring = bin([]);
  const segs = [seg(APPEND, acc, ALL, 8), seg(I, 0, 8)];
  const t0 = Date.now();
  for (let i = 0; i < 1_000_000; i++) {
    segs[0].value = acc;
    segs[1].value = i & 0xff;
    acc = createBin(segs);
  }
  const ms = Date.now() - t0;
  assert.equal(acc.byteSize, 1_000_000);
  assert.equal(acc.data[acc.bitOffset / 8 + 999_999], 999_999 & 0xff);
  assert.ok(ms < 3000, `1e6 appends took ${ms} ms`);
  // Two appends to the same accumulator: the second must copy.
  const base = createBin([seg(APPEND, bin([1]), ALL, 8), seg(I, 2, 8)]);
  const x = createBin([seg(APPEND, base, ALL, 8), seg(I, 3, 8)]);
  const y = createBin([seg(APPEND, base, ALL, 8), seg(I, 4, 8)]);
  assert.equal(w(base), '<<1,2>>');
  assert.equal(w(x), '<<1,2,3>>');
  assert.equal(w(y), '<<1,2,4>>');
  const wr = initWritable(16);
  assert.equal(w(createBin([seg(APPEND, wr, ALL, 8), seg(I, 7, 8)])), '<<7>>');
});

test('legacy BinWriter and bs_match helpers', () => {
  const wr = new BinWriter();
  const b = wr.init(4 * 8 + 3);
  wr.putInteger(3, 1, 0, 5);
  wr.putUtf8(0xe9);
  wr.putString(Uint8Array.from([0x61, 0x62]), 0, 2);
  assert.equal(w(b), '<<184,117,44,44,2:3>>');
  const a = wr.append(b, 8, 1);
  wr.putBinary(ALL, 8, bin([0xff]));
  assert.equal(w(a), '<<184,117,44,44,95,7:3>>');
  const ms = startMatch(a)!;
  assert.equal(ensureAtLeast(ms, 8, 1), true);
  assert.equal(ensureExactly(ms, 43), true);
  assert.equal(matchEq(ms, 8, 184), true);
  assert.equal(matchEq(ms, 8, 4), false);
  assert.equal(ms.pos, 8);
  assert.equal(fieldFlags(new Cons(atom('little'), new Cons(atom('signed'), NIL))), L | S);
  assert.equal(fieldFlags(NIL), 0);
});
