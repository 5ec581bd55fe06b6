// Stand-ins for a few BIFs the bifs engineer is writing concurrently, used by
// the VM tests only when the real native is not registered.

import { Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, Pid, TRUE, bool, atom, type Term } from '../../../src/term/types.js';
import { compare, eqArith, eqExact } from '../../../src/term/compare.js';
import { arrayToList, listToArray } from '../../../src/term/list.js';
import { ErlMap } from '../../../src/term/map.js';
import { badarg, badarith } from '../../../src/vm/exception.js';

function int(t: Term): number {
  if (typeof t !== 'number') badarith();
  return t;
}
function num(t: Term): number {
  if (typeof t === 'number') return t;
  if (t instanceof Float) return t.value;
  return badarith();
}
function arith(a: Term, b: Term, f: (x: number, y: number) => number): Term {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const r = f(num(a), num(b));
  return new Float(r);
}

export const fallbackNatives: Record<string, (...a: Term[]) => Term> = {
  'erlang:+/2': (a, b) => arith(a, b, (x, y) => x + y),
  'erlang:-/2': (a, b) => arith(a, b, (x, y) => x - y),
  'erlang:*/2': (a, b) => arith(a, b, (x, y) => x * y),
  'erlang:-/1': (a) => arith(0, a, (x, y) => x - y),
  'erlang://2': (a, b) => {
    const y = num(b);
    if (y === 0) badarith();
    return new Float(num(a) / y);
  },
  'erlang:div/2': (a, b) => {
    if (int(b) === 0) badarith();
    return Math.trunc(int(a) / int(b));
  },
  'erlang:rem/2': (a, b) => {
    if (int(b) === 0) badarith();
    return int(a) % int(b);
  },
  'erlang:</2': (a, b) => bool(compare(a, b) < 0),
  'erlang:>/2': (a, b) => bool(compare(a, b) > 0),
  'erlang:=</2': (a, b) => bool(compare(a, b) <= 0),
  'erlang:>=/2': (a, b) => bool(compare(a, b) >= 0),
  'erlang:=:=/2': (a, b) => bool(eqExact(a, b)),
  'erlang:=/=/2': (a, b) => bool(!eqExact(a, b)),
  'erlang:==/2': (a, b) => bool(eqArith(a, b)),
  'erlang:/=/2': (a, b) => bool(!eqArith(a, b)),
  'erlang:element/2': (n, t) => {
    if (typeof n !== 'number' || !Array.isArray(t) || n < 1 || n > t.length) badarg();
    return t[n - 1];
  },
  'erlang:setelement/3': (n, t, v) => {
    if (typeof n !== 'number' || !Array.isArray(t) || n < 1 || n > t.length) badarg();
    const c = t.slice();
    c[n - 1] = v;
    return c;
  },
  'erlang:tuple_size/1': (t) => (Array.isArray(t) ? t.length : badarg()),
  'erlang:length/1': (l) => {
    const a = listToArray(l);
    if (a === null) badarg();
    return a.length;
  },
  'erlang:hd/1': (l) => (l instanceof Cons ? l.head : badarg()),
  'erlang:tl/1': (l) => (l instanceof Cons ? l.tail : badarg()),
  'erlang:is_list/1': (l) => bool(l instanceof Cons || l === NIL),
  'erlang:is_integer/1': (l) => bool(typeof l === 'number' || typeof l === 'bigint'),
  'erlang:not/1': (a) => (a === TRUE ? FALSE : a === FALSE ? TRUE : badarg()),
  'lists:reverse/2': (l, t) => {
    let r = t;
    while (l instanceof Cons) {
      r = new Cons(l.head, r);
      l = l.tail;
    }
    if (l !== NIL) badarg();
    return r;
  },
  'erlang:++/2': (a, b) => {
    const xs = listToArray(a);
    if (xs === null) badarg();
    return arrayToList(xs, b);
  },
  'erlang:is_atom/1': (a) => bool(a instanceof Atom),
  'erlang:is_tuple/1': (a) => bool(Array.isArray(a)),
  'erlang:is_binary/1': (a) => bool(a instanceof Bitstring && (a.bitSize & 7) === 0),
  'erlang:is_map/1': (a) => bool(a instanceof ErlMap),
  'erlang:is_pid/1': (a) => bool(a instanceof Pid),
  'erlang:is_function/1': (a) => bool(a instanceof Fun),
  'erlang:is_float/1': (a) => bool(a instanceof Float),
  'erlang:is_number/1': (a) => bool(typeof a === 'number' || a instanceof Float),
  'erlang:byte_size/1': (a) => (a instanceof Bitstring ? (a.bitSize + 7) >>> 3 : badarg()),
  'erlang:max/2': (a, b) => (compare(a, b) < 0 ? b : a),
  'erlang:min/2': (a, b) => (compare(a, b) > 0 ? b : a),
  'erlang:band/2': (a, b) => int(a) & int(b),
  'erlang:bor/2': (a, b) => int(a) | int(b),
  'erlang:bsl/2': (a, b) => int(a) * 2 ** int(b),
  'erlang:bsr/2': (a, b) => Math.floor(int(a) / 2 ** int(b)),
  'erlang:abs/1': (a) => (typeof a === 'number' ? Math.abs(a) : badarg()),
  'erlang:list_to_tuple/1': (l) => listToArray(l) ?? badarg(),
  'erlang:tuple_to_list/1': (t) => (Array.isArray(t) ? arrayToList(t) : badarg()),
  'maps:get/2': (k, m) => (m instanceof ErlMap ? m.get(k) ?? badarg() : badarg()),
  'maps:find/2': (k, m) => {
    const v = (m as ErlMap).get(k);
    return v === undefined ? atom('error') : [atom('ok'), v];
  },
  'lists:member/2': (x, l) => {
    for (; l instanceof Cons; l = l.tail) if (eqExact(l.head, x)) return TRUE;
    return FALSE;
  },
  'lists:keyfind/3': (k, n, l) => {
    for (; l instanceof Cons; l = l.tail) {
      const t = l.head;
      if (Array.isArray(t) && t.length >= (n as number) && eqArith(t[(n as number) - 1], k)) return t;
    }
    return FALSE;
  },
  'erlang:integer_to_list/1': (i) => arrayToList([...String(i)].map((c) => c.charCodeAt(0))),
  'erlang:atom_to_list/1': (a) => arrayToList([...(a as { name: string }).name].map((c) => c.codePointAt(0)!)),
};
void atom;
