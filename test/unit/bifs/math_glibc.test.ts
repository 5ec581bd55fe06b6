// The glibc-compatible math ports against bit patterns printed by OTP 25 erl
// (glibc 2.36 libm, x86-64 with FMA): each input below is one where V8's
// Math.* gives a different last bit. Also the fma emulation and the BIFs'
// error behaviour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Float, atom, type Term } from '../../../src/term/types.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/math.js';
import { sin, cos } from '../../../src/bifs/math_sin.js';
import { log, log2, log10 } from '../../../src/bifs/math_log.js';
import { exp } from '../../../src/bifs/math_exp.js';
import { fma, fmaExact } from '../../../src/bifs/math_fma.js';

const f = new Float64Array(1);
const u = new BigUint64Array(f.buffer);
const bits = (d: number): bigint => {
  f[0] = d;
  return u[0];
};

// [input, IEEE bits of erl's math:F(input)]
const CASES: Record<string, [number, bigint][]> = {
  sin: [[8.3, 0x3fecde97772b614fn], [-8.245, 0xbfed95adec351db5n], [-13.387, 0xbfe769101c67ecb5n], [-15.565, 0xbfc23cadcc442a45n], [993068212178.5, 0xbfe894a5d2085ac3n], [583685395774.5, 0x3fd7ea88e0f3329fn]],
  cos: [[0.906, 0x3fe3bda2a6197fd3n], [-12.655, 0x3fefdfd8a6528c75n], [-3.833, 0xbfe8a6b3d5646d2bn], [-10.424, 0xbfe14f849475013dn], [528313987190.5, 0x3feecdd0387c331dn], [827773198485.5, 0x3feec803bc873eb9n]],
  log: [[42.4, 0x400dfa28eba89309n], [850.08, 0x401afb37e8a814d9n], [373.88, 0x4017b21bfce6226dn], [775.03, 0x401a9c9245f5aefbn], [290.24, 0x4016aece1f28713fn], [743.91, 0x401a729b2c11fb75n]],
  log2: [[1.49, 0x3fe268f567a937f0n], [5.28, 0x4003344d3ae2f514n], [710.12, 0x4022f19f5efcba25n], [675.98, 0x4022cd3a798ce3bdn], [89.48, 0x4019ef18e18e6650n]],
  log10: [[741.46, 0x4006f5f08ddb91a5n], [93.1, 0x3fff80d161748d50n], [641.25, 0x400674cac5200307n], [1.23, 0x3fb7040579601d77n], [106.99, 0x40003c1847f60a28n], [817.46, 0x40074cbb3df919aen]],
  exp: [[2.247, 0x4022eb2b5f5ce0cbn], [-27.487, 0x3d74513ed70ab18dn], [-4.57, 0x3f85368dd1ec69d3n], [-0.238, 0x3fe938f4d99bbdedn], [4.591, 0x4058a5f3489d7335n], [3.676, 0x4043be7ae355bbafn]],
};
const FNS: Record<string, (x: number) => number> = { sin, cos, log, log2, log10, exp };

for (const [name, cases] of Object.entries(CASES)) {
  test(`${name} matches erl bit for bit where V8 does not`, () => {
    for (const [x, want] of cases) {
      assert.equal(bits(FNS[name](x)).toString(16), want.toString(16), `${name}(${x})`);
    }
  });
}

test('edge values as erl returns them', () => {
  assert.equal(sin(1.0e308), 0.4533964905016491);
  assert.ok(Object.is(sin(-0), -0));
  assert.equal(cos(0), 1);
  assert.ok(Object.is(log(1), 0));
  assert.equal(log(2 ** 1000), 693.1471805599454);
  assert.equal(log10(1000), 3);
  assert.equal(log2(2 ** -1074), -1074);
});

test('fma rounds once, including ties and far-apart operands', () => {
  const e = 2 ** -52;
  assert.equal(fma(1 + e, 1 - e, -1), -(e * e));
  assert.equal(fma(1 + 2 ** -27, 1 + 2 ** -27, 0), 1 + 2 ** -26); // a*b alone rounds
  assert.equal(fma(3, 1 / 3, -1), fmaExact(3, 1 / 3, -1));
  assert.equal(fma(1 + 2 ** -30, 1 + 2 ** -23, 2 ** -80), fmaExact(1 + 2 ** -30, 1 + 2 ** -23, 2 ** -80));
  assert.equal(fma(2 ** 1000, 2 ** 20 + 1, -(2 ** 1020)), 2 ** 1000);
  assert.equal(fma(2 ** 600, 2 ** 600, -Number.MAX_VALUE), Infinity);
  assert.equal(fma(2 ** -600, 2 ** -500, 2 ** -1074), fmaExact(2 ** -600, 2 ** -500, 2 ** -1074));
});

const call = (name: string, ...args: Term[]): string => {
  try {
    const r = lookupNative('math', name, args.length)!(...args);
    return r instanceof Float ? String(r.value) : String(r);
  } catch (err) {
    if (err instanceof ErlangException) return `{${err.cls.name},${String((err.reason as { name?: string }).name ?? err.reason)}}`;
    throw err;
  }
};

test('domain errors are badarith and non-numbers badarg, as in erl', () => {
  assert.equal(call('log', 0), '{error,badarith}');
  assert.equal(call('log', new Float(-1)), '{error,badarith}');
  assert.equal(call('log10', new Float(0)), '{error,badarith}');
  assert.equal(call('log2', new Float(-0)), '{error,badarith}');
  assert.equal(call('exp', 710), '{error,badarith}');
  assert.equal(call('cos', atom('a')), '{error,badarg}');
  assert.equal(call('sin', new Float(2.5)), '0.5984721441039565');
});
