// The math module BIFs. Arguments may be any number; the result is a float.
// A non-number is badarg; a domain error, overflow or integer too big for a
// double is badarith, as erts reports them.

import { Float, type Term } from '../term/types.js';
import { badarg, badarith } from '../vm/exception.js';
import { defineNatives } from './registry.js';

function num(x: Term): number {
  if (typeof x === 'number') return x;
  if (x instanceof Float) return x.value;
  if (typeof x === 'bigint') {
    const d = Number(x);
    if (!Number.isFinite(d)) badarith();
    return d;
  }
  return badarg();
}

function res(d: number): Float {
  if (!Number.isFinite(d)) badarith(); // NaN (domain error) or overflow
  return new Float(d);
}

function fn1(f: (x: number) => number): (x: Term) => Term {
  return (x) => res(f(num(x)));
}

// erf/erfc: a power series near zero and a continued fraction for the tail.
const TWO_OVER_SQRT_PI = 1.1283791670955126;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return sum * TWO_OVER_SQRT_PI;
}

/** erfc(x) for x > 2 by Lentz's method on the Laplace continued fraction. */
function erfcTail(x: number): number {
  if (x > 27.3) return 0;
  const tiny = 1e-300;
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a <= 2) return erfSeries(x);
  const r = 1 - erfcTail(a);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0) return 2 - erfc(-x);
  if (x <= 0.5) return 1 - erfSeries(x);
  if (x <= 2) return 1 - erfSeries(x);
  return erfcTail(x);
}

defineNatives('math', {
  'pi/0': () => new Float(Math.PI),
  'sin/1': fn1(Math.sin),
  'cos/1': fn1(Math.cos),
  'tan/1': fn1(Math.tan),
  'asin/1': fn1(Math.asin),
  'acos/1': fn1(Math.acos),
  'atan/1': fn1(Math.atan),
  'atan2/2': (y, x) => res(Math.atan2(num(y), num(x))),
  'sinh/1': fn1(Math.sinh),
  'cosh/1': fn1(Math.cosh),
  'tanh/1': fn1(Math.tanh),
  'asinh/1': fn1(Math.asinh),
  'acosh/1': fn1(Math.acosh),
  'atanh/1': fn1(Math.atanh),
  'exp/1': fn1(Math.exp),
  'log/1': fn1(Math.log),
  'log2/1': fn1(Math.log2),
  'log10/1': fn1(Math.log10),
  'pow/2': (x, y) => res(Math.pow(num(x), num(y))),
  'sqrt/1': fn1(Math.sqrt),
  'erf/1': fn1(erf),
  'erfc/1': fn1(erfc),
  'ceil/1': fn1(Math.ceil),
  'floor/1': fn1(Math.floor),
  'fmod/2': (x, y) => res(num(x) % num(y)),
});
