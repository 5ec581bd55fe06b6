// Match specifications ([{Head, Guards, Body}]), compiled once per call into
// closures. Heads bind '$N' variables (first occurrence binds, later ones
// compare with =:=); guards and bodies are expressions in the match-spec
// language: constants, variables, '$_', '$$', {{...}} tuples, lists, maps,
// {const, T} and calls {F, A1, ...} to the guard functions below.
//
// Run-time semantics (checked against OTP 25): a guard that raises or
// yields anything but `true` fails its clause, and the next clause is tried;
// only the last body expression is evaluated and, if it raises, the result
// is the atom 'EXIT'.

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, TRUE, FALSE, atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { compare, eqArith, eqExact } from '../term/compare.js';
import { atomNeedsQuotes, formatAtom, formatTerm } from '../term/print.js';
import { arrayToList } from '../term/list.js';
import { lookupNative, type Native } from './registry.js';
import { currentOrNull } from '../vm/context.js';

export const A_EXIT = atom('EXIT');
const A_UNDERSCORE = atom('_');
const A_DOLLAR_UNDERSCORE = atom('$_');
const A_DOLLAR_DOLLAR = atom('$$');
const A_CONST = atom('const');
const A_NONODE = atom('nonode@nohost');

/** A raised guard function (not an Error: no stack capture). */
const FAIL = { fail: true };

type HeadM = (t: Term, v: Term[]) => boolean;
type Expr = (v: Term[], obj: Term) => Term;

/** The variable number of a '$N' atom (N without leading zeros, <= 100000000), else -1. */
export function varNumber(a: Atom): number {
  const s = a.name;
  if (s.length < 2 || s.charCodeAt(0) !== 36) return -1;
  if (s.length > 2 && s.charCodeAt(1) === 48) return -1;
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n <= 100000000 ? n : -1;
}

export class MsClause {
  constructor(
    readonly headTerm: Term,
    readonly head: HeadM,
    readonly guards: Expr[],
    /** the last body expression (the only one whose value counts) */
    readonly body: Expr,
    /** variable slots */
    readonly nvars: number,
    /** the body is exactly '$_' (lets select_delete/count skip evaluation) */
    readonly returnsObject: boolean,
    /** the body is the constant true and there are no guards */
    readonly trivialTrue: boolean,
  ) {}
}

export class MatchSpec {
  /** one scratch binding array per clause (match specs never run re-entrantly) */
  private readonly scratch: Term[][];
  constructor(
    readonly clauses: MsClause[],
    readonly source: Term,
  ) {
    this.scratch = clauses.map((c) => new Array<Term>(c.nvars));
  }

  /** The result for `obj`, or undefined when no clause matches. */
  run(obj: Term): Term | undefined {
    const cs = this.clauses;
    next: for (let ci = 0; ci < cs.length; ci++) {
      const c = cs[ci];
      const v = this.scratch[ci];
      if (!c.head(obj, v)) continue;
      const gs = c.guards;
      for (let g = 0; g < gs.length; g++) {
        let r: Term;
        try {
          r = gs[g](v, obj);
        } catch {
          continue next;
        }
        if (r !== TRUE) continue next;
      }
      try {
        return c.body(v, obj);
      } catch {
        return A_EXIT;
      }
    }
    return undefined;
  }

  /** Does some clause match `obj` (head and guards) — for select_count/select_delete the body must also be true. */
  runIsTrue(obj: Term): boolean {
    return this.run(obj) === TRUE;
  }
}

/** Compile errors (as erlang:match_spec_test reports them) collected while compiling. */
export class MsError {
  constructor(readonly messages: string[]) {}
}

export type Dialect = 'table' | 'trace';

/** Compile a match spec; throws MsError with the error strings when it is invalid. */
export function compileMatchSpec(ms: Term, dialect: Dialect = 'table'): MatchSpec {
  const errors: string[] = [];
  const clauses: MsClause[] = [];
  if (!(ms instanceof Cons) && ms !== NIL) throw new MsError(['Match programs are not in a list.']);
  for (let l: Term = ms; l !== NIL; l = (l as Cons).tail) {
    if (!(l instanceof Cons)) throw new MsError(['Match programs are not in a list.']);
    const c = compileClause(l.head, dialect, errors);
    if (errors.length > 0) throw new MsError(errors);
    clauses.push(c!);
  }
  return new MatchSpec(clauses, ms);
}

/** A match pattern (ets:match/match_object) as a one-clause spec returning '$$' or '$_'. */
export function compilePattern(pat: Term, body: Term): MatchSpec {
  return compileMatchSpec(new Cons([pat, NIL, new Cons(body, NIL)], NIL));
}

class Scope {
  /** variable number -> slot */
  readonly slots = new Map<number, number>();
  /** variable numbers in ascending order (for '$$') */
  sorted: number[] = [];
  constructor(readonly errors: string[], readonly dialect: Dialect) {}
}

function compileClause(t: Term, dialect: Dialect, errors: string[]): MsClause | null {
  if (!Array.isArray(t) || t.length !== 3) {
    errors.push('Match program part is not a tuple of arity 3.');
    return null;
  }
  const [headT, guardsT, bodyT] = t;
  const sc = new Scope(errors, dialect);
  // variables get slots in ascending number order, so '$$' is the slot array
  const nums: number[] = [];
  collectVars(headT, nums, errors);
  if (errors.length > 0) return null;
  nums.sort((a, b) => a - b);
  sc.sorted = nums;
  nums.forEach((n, i) => sc.slots.set(n, i));
  const bound = new Set<number>();
  const head = compileHead(headT, sc, bound);
  const guards: Expr[] = [];
  if (!(guardsT instanceof Cons) && guardsT !== NIL) {
    errors.push('Match expression is not a list.');
    return null;
  }
  for (let l: Term = guardsT; l instanceof Cons; l = l.tail) guards.push(compileExpr(l.head, sc));
  if (!(bodyT instanceof Cons)) {
    errors.push('Body clause does not return anything.');
    return null;
  }
  let body: Expr | null = null;
  let last: Term = NIL;
  for (let l: Term = bodyT; l instanceof Cons; l = l.tail) {
    body = compileExpr(l.head, sc);
    last = l.head;
  }
  if (errors.length > 0) return null;
  return new MsClause(headT, head, guards, body!, nums.length, last === A_DOLLAR_UNDERSCORE,
    guards.length === 0 && last === TRUE);
}

function collectVars(t: Term, out: number[], errors: string[]): void {
  for (;;) {
    if (t instanceof Atom) {
      const n = varNumber(t);
      if (n >= 0 && !out.includes(n)) out.push(n);
      return;
    }
    if (Array.isArray(t)) {
      for (const e of t) collectVars(e, out, errors);
      return;
    }
    if (t instanceof Cons) {
      collectVars(t.head, out, errors);
      t = t.tail;
      continue;
    }
    if (t instanceof ErlMap) {
      for (const [k, v] of t.entries()) {
        if (hasVar(k)) errors.push('Variable found in map key.');
        collectVars(v, out, errors);
      }
    }
    return;
  }
}

function hasVar(t: Term): boolean {
  if (t instanceof Atom) return varNumber(t) >= 0 || t === A_UNDERSCORE;
  if (Array.isArray(t)) return t.some(hasVar);
  if (t instanceof Cons) return hasVar(t.head) || hasVar(t.tail);
  if (t instanceof ErlMap) return t.entries().some(([k, v]) => hasVar(k) || hasVar(v));
  return false;
}

// ------------------------------------------------------------------ heads

const ANY: HeadM = () => true;

function compileHead(t: Term, sc: Scope, bound: Set<number>): HeadM {
  if (t instanceof Atom) {
    if (t === A_UNDERSCORE) return ANY;
    const n = varNumber(t);
    if (n >= 0) {
      const slot = sc.slots.get(n)!;
      if (!bound.has(n)) {
        bound.add(n);
        return (x, v) => {
          v[slot] = x;
          return true;
        };
      }
      return (x, v) => eqExact(x, v[slot]);
    }
    return (x) => x === t;
  }
  if (typeof t === 'number' || t === NIL) return (x) => x === t;
  if (Array.isArray(t)) {
    const n = t.length;
    const subs: HeadM[] = [];
    const idx: number[] = [];
    for (let i = 0; i < n; i++) {
      const m = compileHead(t[i], sc, bound);
      if (m !== ANY) {
        subs.push(m);
        idx.push(i);
      }
    }
    const k = subs.length;
    if (k === 0) return (x) => Array.isArray(x) && x.length === n;
    if (k === 1) {
      const m0 = subs[0], i0 = idx[0];
      return (x, v) => Array.isArray(x) && x.length === n && m0(x[i0], v);
    }
    if (k === 2) {
      const m0 = subs[0], i0 = idx[0], m1 = subs[1], i1 = idx[1];
      return (x, v) => Array.isArray(x) && x.length === n && m0(x[i0], v) && m1(x[i1], v);
    }
    return (x, v) => {
      if (!Array.isArray(x) || x.length !== n) return false;
      for (let j = 0; j < k; j++) if (!subs[j](x[idx[j]], v)) return false;
      return true;
    };
  }
  if (t instanceof Cons) {
    const h = compileHead(t.head, sc, bound);
    const tl = compileHead(t.tail, sc, bound);
    return (x, v) => x instanceof Cons && h(x.head, v) && tl(x.tail, v);
  }
  if (t instanceof ErlMap) {
    const ks = t.sortedKeys();
    const ms = ks.map((k) => compileHead(t.get(k)!, sc, bound));
    return (x, v) => {
      if (!(x instanceof ErlMap)) return false;
      for (let j = 0; j < ks.length; j++) {
        const val = x.get(ks[j]);
        if (val === undefined || !ms[j](val, v)) return false;
      }
      return true;
    };
  }
  return (x) => eqExact(x, t);
}

// ------------------------------------------------------------------ expressions

function compileExpr(t: Term, sc: Scope): Expr {
  if (t instanceof Atom) {
    if (t === A_DOLLAR_UNDERSCORE) return (_v, obj) => obj;
    if (t === A_DOLLAR_DOLLAR) return (v) => arrayToList(v);
    const n = varNumber(t);
    if (n >= 0) {
      const slot = sc.slots.get(n);
      if (slot === undefined) {
        sc.errors.push(`Variable $${n} is unbound.`);
        return () => t;
      }
      return (v) => v[slot];
    }
    return () => t;
  }
  if (Array.isArray(t)) return compileTupleExpr(t, sc);
  if (t instanceof Cons) {
    const h = compileExpr(t.head, sc);
    const tl = compileExpr(t.tail, sc);
    return (v, obj) => new Cons(h(v, obj), tl(v, obj));
  }
  if (t instanceof ErlMap) {
    if (!hasVarOrSpecial(t)) return () => t;
    const ks = t.keys().map((k) => compileExpr(k, sc));
    const vs = t.values().map((x) => compileExpr(x, sc));
    return (v, obj) => {
      let m = ErlMap.EMPTY;
      for (let j = 0; j < ks.length; j++) m = m.put(ks[j](v, obj), vs[j](v, obj));
      return m;
    };
  }
  return () => t;
}

function hasVarOrSpecial(t: Term): boolean {
  if (t instanceof Atom) return varNumber(t) >= 0 || t === A_DOLLAR_UNDERSCORE || t === A_DOLLAR_DOLLAR;
  if (Array.isArray(t)) return true;
  if (t instanceof Cons) return hasVarOrSpecial(t.head) || hasVarOrSpecial(t.tail);
  if (t instanceof ErlMap) return t.entries().some(([k, v]) => hasVarOrSpecial(k) || hasVarOrSpecial(v));
  return false;
}

function compileTupleExpr(t: Term[], sc: Scope): Expr {
  // {{A, B, ...}}: construct a tuple
  if (t.length === 1 && Array.isArray(t[0])) {
    const es = (t[0] as Term[]).map((e) => compileExpr(e, sc));
    const n = es.length;
    if (n === 2) {
      const a = es[0], b = es[1];
      return (v, obj) => [a(v, obj), b(v, obj)];
    }
    return (v, obj) => {
      const out = new Array<Term>(n);
      for (let j = 0; j < n; j++) out[j] = es[j](v, obj);
      return out;
    };
  }
  const f = t[0];
  if (!(f instanceof Atom) || varNumber(f) >= 0) {
    sc.errors.push(`${fmtC(t)} is neither a function call, nor a tuple (tuples are written {{ ... }}).`);
    return () => t;
  }
  const nargs = t.length - 1;
  if (f === A_CONST) {
    if (nargs !== 1) {
      sc.errors.push(`Special form 'const' called with more than one argument in ${fmtC(t)}.`);
      return () => t;
    }
    const c = t[1];
    return () => c;
  }
  if (f.name === 'get_tcw' || f.name === 'set_tcw') {
    sc.errors.push(`Function ${f.name}/${nargs} cannot be called in this context.`);
    return () => t;
  }
  if (TRACE_FORMS.has(f.name)) {
    if (sc.dialect === 'table') {
      sc.errors.push(`Special form '${f.name === 'set_seq_token' ? 'set_seq_trace' : f.name}' used in wrong dialect.`);
    } else {
      sc.errors.push(`Special form '${f.name}' is not supported.`);
    }
    return () => t;
  }
  const args = t.slice(1).map((a) => compileExpr(a, sc));
  const name = f.name;
  if (name === 'andalso' || name === 'orelse' || name === 'and' || name === 'or') {
    if (nargs === 0) {
      sc.errors.push(`Special form '${name}' called without arguments in ${fmtC(t)}.`);
      return () => t;
    }
    return boolForm(name, args);
  }
  const fn = guardFunction(name, nargs);
  if (fn === null) {
    sc.errors.push(`Function ${formatAtom(f)}/${nargs} does_not_exist.`);
    return () => t;
  }
  if (nargs === 0) return () => fn();
  if (nargs === 1) {
    const a = args[0];
    return (v, obj) => fn(a(v, obj));
  }
  if (nargs === 2) {
    const a = args[0], b = args[1];
    return (v, obj) => fn(a(v, obj), b(v, obj));
  }
  return (v, obj) => fn(...args.map((a) => a(v, obj)));
}

// erts prints terms in these messages with its C printer, which quotes atoms
// by their characters only (reserved words such as andalso stay bare).
function fmtC(t: Term): string {
  if (t instanceof Atom) return atomNeedsQuotes(t.name) && !/^[a-z][a-zA-Z0-9_@]*$/.test(t.name) ? formatAtom(t) : t.name;
  if (Array.isArray(t)) return '{' + t.map(fmtC).join(',') + '}';
  return formatTerm(t);
}

const TRACE_FORMS = new Set([
  'message', 'return_trace', 'exception_trace', 'process_dump', 'enable_trace', 'disable_trace',
  'trace', 'display', 'caller', 'caller_line', 'set_seq_token', 'get_seq_token', 'silent',
  'is_seq_trace',
]);

function boolForm(name: string, args: Expr[]): Expr {
  const n = args.length;
  switch (name) {
    case 'andalso':
      // every operand but the last must be a boolean; the last is returned as is
      return (v, obj) => {
        for (let j = 0; j < n - 1; j++) {
          const r = args[j](v, obj);
          if (r === FALSE) return FALSE;
          if (r !== TRUE) throw FAIL;
        }
        return args[n - 1](v, obj);
      };
    case 'orelse':
      return (v, obj) => {
        for (let j = 0; j < n - 1; j++) {
          const r = args[j](v, obj);
          if (r === TRUE) return TRUE;
          if (r !== FALSE) throw FAIL;
        }
        return args[n - 1](v, obj);
      };
    case 'and':
      return (v, obj) => {
        let all = true;
        for (let j = 0; j < n; j++) {
          const r = args[j](v, obj);
          if (r === FALSE) all = false;
          else if (r !== TRUE) throw FAIL;
        }
        return all ? TRUE : FALSE;
      };
    default:
      return (v, obj) => {
        let any = false;
        for (let j = 0; j < n; j++) {
          const r = args[j](v, obj);
          if (r === TRUE) any = true;
          else if (r !== FALSE) throw FAIL;
        }
        return any ? TRUE : FALSE;
      };
  }
}

// ------------------------------------------------------------------ guard functions

type GFn = (...a: Term[]) => Term;

const b = (x: boolean): Term => (x ? TRUE : FALSE);

const LOCAL: Record<string, GFn> = {
  'is_atom/1': (x) => b(x instanceof Atom),
  'is_float/1': (x) => b(x instanceof Float),
  'is_integer/1': (x) => b(typeof x === 'number' || typeof x === 'bigint'),
  'is_list/1': (x) => b(x instanceof Cons || x === NIL),
  'is_number/1': (x) => b(typeof x === 'number' || typeof x === 'bigint' || x instanceof Float),
  'is_pid/1': (x) => b(x instanceof Pid),
  'is_port/1': (x) => b(x instanceof Port),
  'is_reference/1': (x) => b(x instanceof Ref),
  'is_tuple/1': (x) => b(Array.isArray(x)),
  'is_map/1': (x) => b(x instanceof ErlMap),
  'is_binary/1': (x) => b(x instanceof Bitstring && (x.bitSize & 7) === 0),
  'is_function/1': (x) => b(x instanceof Fun),
  'is_record/3': (x, tag, size) => {
    if (!(tag instanceof Atom) || typeof size !== 'number') throw FAIL;
    return b(Array.isArray(x) && x.length === size && x[0] === tag);
  },
  'is_map_key/2': (k, m) => {
    if (!(m instanceof ErlMap)) throw FAIL;
    return b(m.has(k));
  },
  'map_get/2': (k, m) => {
    if (!(m instanceof ErlMap)) throw FAIL;
    const r = m.get(k);
    if (r === undefined) throw FAIL;
    return r;
  },
  'map_size/1': (m) => {
    if (!(m instanceof ErlMap)) throw FAIL;
    return m.size;
  },
  'element/2': (i, t) => {
    if (typeof i !== 'number' || !Array.isArray(t) || i < 1 || i > t.length) throw FAIL;
    return t[i - 1];
  },
  'hd/1': (l) => {
    if (!(l instanceof Cons)) throw FAIL;
    return l.head;
  },
  'tl/1': (l) => {
    if (!(l instanceof Cons)) throw FAIL;
    return l.tail;
  },
  'length/1': (l) => {
    let n = 0;
    while (l instanceof Cons) {
      n++;
      l = l.tail;
    }
    if (l !== NIL) throw FAIL;
    return n;
  },
  'size/1': (x) => {
    if (Array.isArray(x)) return x.length;
    if (x instanceof Bitstring) return x.bitSize >>> 3;
    throw FAIL;
  },
  'bit_size/1': (x) => {
    if (x instanceof Bitstring) return x.bitSize;
    throw FAIL;
  },
  'byte_size/1': (x) => {
    if (x instanceof Bitstring) return (x.bitSize + 7) >>> 3;
    throw FAIL;
  },
  'self/0': () => currentOrNull()?.pid ?? FAIL_TERM(),
  'node/0': () => A_NONODE,
  'node/1': (x) => {
    if (x instanceof Pid || x instanceof Ref || x instanceof Port) return x.node;
    throw FAIL;
  },
  'not/1': (x) => {
    if (x === TRUE) return FALSE;
    if (x === FALSE) return TRUE;
    throw FAIL;
  },
  'xor/2': (x, y) => {
    if ((x !== TRUE && x !== FALSE) || (y !== TRUE && y !== FALSE)) throw FAIL;
    return b(x !== y);
  },
  '>/2': (x, y) => b(compare(x, y) > 0),
  '>=/2': (x, y) => b(compare(x, y) >= 0),
  '</2': (x, y) => b(compare(x, y) < 0),
  '=</2': (x, y) => b(compare(x, y) <= 0),
  '=:=/2': (x, y) => b(eqExact(x, y)),
  '==/2': (x, y) => b(eqArith(x, y)),
  '=/=/2': (x, y) => b(!eqExact(x, y)),
  '/=/2': (x, y) => b(!eqArith(x, y)),
};

function FAIL_TERM(): never {
  throw FAIL;
}

// Arithmetic and conversions come from the erlang natives, with fast paths
// for small integers that cannot overflow.
const DELEGATED = new Set([
  'abs/1', 'round/1', 'trunc/1', 'float/1', 'binary_part/2', 'binary_part/3',
  '+/1', '-/1', '+/2', '-/2', '*/2', '//2', 'div/2', 'rem/2', 'band/2', 'bor/2', 'bxor/2', 'bnot/1', 'bsl/2', 'bsr/2',
]);

function guardFunction(name: string, arity: number): GFn | null {
  const key = name + '/' + arity;
  const local = LOCAL[key];
  if (local !== undefined) return local;
  if (!DELEGATED.has(key)) return null;
  const fast = FAST[key];
  return (...a: Term[]) => {
    if (fast !== undefined) {
      const r = fast(a[0], a[1]);
      if (r !== undefined) return r;
    }
    const nat: Native | undefined = lookupNative('erlang', name, arity);
    if (nat === undefined) throw FAIL;
    return nat(...a);
  };
}

const FAST: Record<string, (x: Term, y: Term) => Term | undefined> = {
  '+/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && Number.isSafeInteger(x + y) ? x + y : undefined),
  '-/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && Number.isSafeInteger(x - y) ? x - y : undefined),
  '*/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && Number.isSafeInteger(x * y) ? x * y : undefined),
  'abs/1': (x) => (typeof x === 'number' ? Math.abs(x) : undefined),
  '+/1': (x) => (typeof x === 'number' || x instanceof Float ? x : undefined),
  '-/1': (x) => (typeof x === 'number' && x !== 0 ? -x : x === 0 ? 0 : undefined),
  'float/1': (x) => (typeof x === 'number' ? new Float(x) : x instanceof Float ? x : undefined),
  'bnot/1': (x) => (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 ? ~x : undefined),
  'band/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y ? x & y : undefined),
  'bor/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y ? x | y : undefined),
  'bxor/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y ? x ^ y : undefined),
  'div/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y && y !== 0 ? Math.trunc(x / y) + 0 : undefined),
  'rem/2': (x, y) => (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y && y !== 0 ? (x % y) + 0 : undefined),
};
