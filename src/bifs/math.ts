// The math module BIFs. Arguments may be any number; the result is a float,
// bit for bit the double erl's libm (glibc 2.36, x86-64 FMA) returns where a
// glibc-compatible port exists (sin cos exp log log2 log10 erf erfc; sqrt,
// ceil, floor and fmod are exact anyway); the rest still use V8's Math.
// A non-number is badarg; a domain error, overflow or integer too big for a
// double is badarith, as erts reports them.

import { toDouble } from './erlang_arith.js';
import { Float, type Term } from '../term/types.js';
import { badarg, badarith } from '../vm/exception.js';
import { defineNatives } from './registry.js';
import { erf, erfc } from './math_erf.js';
import { pow } from './math_pow.js';
import { exp } from './math_exp.js';
import { sin, cos } from './math_sin.js';
import { log, log2, log10 } from './math_log.js';

/** math functions take any number (badarg otherwise); a bignum too large for a double is badarith */
function num(x: Term): number {
  if (typeof x !== 'number' && typeof x !== 'bigint' && !(x instanceof Float)) badarg();
  return toDouble(x);
}

function res(d: number): Float {
  if (!Number.isFinite(d)) badarith(); // NaN (domain error) or overflow
  return new Float(d);
}

function fn1(f: (x: number) => number): (x: Term) => Term {
  return (x) => res(f(num(x)));
}

defineNatives('math', {
  'pi/0': () => new Float(Math.PI),
  'sin/1': fn1(sin),
  'cos/1': fn1(cos),
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
  'exp/1': fn1(exp),
  'log/1': fn1(log),
  'log2/1': fn1(log2),
  'log10/1': fn1(log10),
  'pow/2': (x, y) => res(pow(num(x), num(y))),
  'sqrt/1': fn1(Math.sqrt),
  'erf/1': fn1(erf),
  'erfc/1': fn1(erfc),
  'ceil/1': fn1(Math.ceil),
  'floor/1': fn1(Math.floor),
  'fmod/2': (x, y) => res(num(x) % num(y)),
});
