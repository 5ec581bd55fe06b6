// The natives of the `re` module: version/0, compile/1,2, run/2,3,
// internal_run/4, inspect/2. As in erl_bif_re.c, `global` runs and unicode
// list subjects continue in re.erl's Erlang code (re:grun/3, re:urun/3,
// re:ucompile/2); re:replace and re:split are Erlang code over re:run.

import { atom, Atom, Bitstring, Cons, NIL, type Term } from '../term/types.js';
import { binaryFromBytes, binaryFromString, bytesOf } from '../term/bits.js';
import { badarg, CLASS_ERROR, ErlangException } from '../vm/exception.js';
import { trapApply } from '../vm/trap.js';
import { defineNatives } from './registry.js';
import { ioSizeBits, ioFill } from './binary_iolist.js';
import { exec, MATCH_LIMIT, NL_ANY, NL_ANYCRLF, NL_CR, NL_CRLF, NL_LF, type MatchOpts } from '../re/exec.js';
import {
  compileSource, fromBinary, serialize, usesCrlf, type Compiled, type CompileOpts,
  O_ANCHORED, O_CASELESS, O_DOLLAR_ENDONLY, O_DOTALL, O_DUPNAMES, O_EXTENDED, O_FIRSTLINE, O_MULTILINE,
  O_NEVER_UTF, O_NO_AUTO_CAPTURE, O_NO_START_OPTIMIZE, O_UCP, O_UNGREEDY, O_UNICODE,
} from '../re/pattern.js';
import { ReError } from '../re/parse.js';
import { utf8Invalid } from '../re/chars.js';

const A_RE = atom('re');
const A_RE_PATTERN = atom('re_pattern');
const A_OK = atom('ok');
const A_ERROR = atom('error');
const A_MATCH = atom('match');
const A_NOMATCH = atom('nomatch');
const A_COMPILE = atom('compile');
const A_MATCH_LIMIT = atom('match_limit');
const A_INTERNAL_ERROR = atom('internal_error');
const A_TRUE = atom('true');
const A_FALSE = atom('false');
const A_NAMELIST = atom('namelist');
const A_INDEX = atom('index'), A_LIST = atom('list'), A_BINARY = atom('binary');
const A_ALL = atom('all'), A_NONE = atom('none'), A_FIRST = atom('first'), A_ALL_BUT_FIRST = atom('all_but_first'),
  A_ALL_NAMES = atom('all_names');

const VERSION = binaryFromString('8.44 2020-02-12 (popcorn)');

// parse_options flags
const PF_COMPILE_OPT = 1, PF_EXEC_OPT = 2, PF_UNICODE = 4, PF_CAPTURE = 16, PF_GLOBAL = 32,
  PF_REPORT_ERRORS = 64, PF_MATCH_LIMIT = 128;

class Options {
  compile = 0; // O_* bits
  newline = 0;
  bsr = 0;
  notbol = false; noteol = false; notempty = false; notemptyAtstart = false; anchoredRun = false;
  flags = 0;
  offset = 0;
  capValues: Term = NIL;
  capType: Term = A_INDEX;
  matchLimit = 10_000_000;
}

const FLAG_ATOMS: [string, number][] = [
  ['caseless', O_CASELESS], ['dollar_endonly', O_DOLLAR_ENDONLY], ['dotall', O_DOTALL], ['extended', O_EXTENDED],
  ['firstline', O_FIRSTLINE], ['multiline', O_MULTILINE], ['no_auto_capture', O_NO_AUTO_CAPTURE],
  ['dupnames', O_DUPNAMES], ['ungreedy', O_UNGREEDY], ['ucp', O_UCP], ['never_utf', O_NEVER_UTF],
  ['no_start_optimize', O_NO_START_OPTIMIZE],
];
const compileFlag = new Map<Atom, number>(FLAG_ATOMS.map(([n, b]) => [atom(n), b]));
const NEWLINES = new Map<Atom, number>([
  [atom('cr'), NL_CR], [atom('lf'), NL_LF], [atom('crlf'), NL_CRLF], [atom('anycrlf'), NL_ANYCRLF], [atom('any'), NL_ANY],
]);
const A_CAPTURE = atom('capture'), A_OFFSET = atom('offset'), A_MATCH_LIMIT_RECURSION = atom('match_limit_recursion'),
  A_NEWLINE = atom('newline'), A_ANCHORED = atom('anchored'), A_NOTEMPTY = atom('notempty'),
  A_NOTEMPTY_ATSTART = atom('notempty_atstart'), A_NOTBOL = atom('notbol'), A_NOTEOL = atom('noteol'),
  A_REPORT_ERRORS = atom('report_errors'), A_UNICODE = atom('unicode'), A_GLOBAL = atom('global'),
  A_BSR_ANYCRLF = atom('bsr_anycrlf'), A_BSR_UNICODE = atom('bsr_unicode');

function smallInt(t: Term): number {
  return typeof t === 'number' && t >= 0 && t <= 0x7fffffff ? t : -1;
}

function parseOptions(list: Term): Options | null {
  const o = new Options();
  let l = list;
  while (l instanceof Cons) {
    const it = l.head;
    l = l.tail;
    if (Array.isArray(it)) {
      if (it.length === 3 && it[0] === A_CAPTURE) {
        o.capValues = it[1]; o.capType = it[2]; o.flags |= PF_CAPTURE | PF_EXEC_OPT;
        continue;
      }
      if (it.length !== 2) return null;
      const k = it[0], v = it[1];
      if (k === A_CAPTURE) { o.capValues = v; o.capType = A_INDEX; o.flags |= PF_CAPTURE | PF_EXEC_OPT; }
      else if (k === A_OFFSET) { const n = smallInt(v); if (n < 0) return null; o.offset = n; o.flags |= PF_EXEC_OPT; }
      else if (k === A_MATCH_LIMIT) { const n = smallInt(v); if (n < 0) return null; o.matchLimit = n; o.flags |= PF_EXEC_OPT | PF_MATCH_LIMIT; }
      else if (k === A_MATCH_LIMIT_RECURSION) { if (smallInt(v) < 0) return null; o.flags |= PF_EXEC_OPT; }
      else if (k === A_NEWLINE) {
        const n = v instanceof Atom ? NEWLINES.get(v) : undefined;
        if (n === undefined) return null;
        o.newline = n;
      } else return null;
      continue;
    }
    const f = compileFlag.get(it as Atom);
    if (f !== undefined) { o.compile |= f; o.flags |= PF_COMPILE_OPT; continue; }
    if (it === A_ANCHORED) { o.compile |= O_ANCHORED; o.anchoredRun = true; }
    else if (it === A_NOTEMPTY) { o.notempty = true; o.flags |= PF_EXEC_OPT; }
    else if (it === A_NOTEMPTY_ATSTART) { o.notemptyAtstart = true; o.flags |= PF_EXEC_OPT; }
    else if (it === A_NOTBOL) { o.notbol = true; o.flags |= PF_EXEC_OPT; }
    else if (it === A_NOTEOL) { o.noteol = true; o.flags |= PF_EXEC_OPT; }
    else if (it === A_REPORT_ERRORS) o.flags |= PF_EXEC_OPT | PF_REPORT_ERRORS;
    else if (it === A_UNICODE) { o.compile |= O_UNICODE; o.flags |= PF_COMPILE_OPT | PF_UNICODE; }
    else if (it === A_GLOBAL) o.flags |= PF_EXEC_OPT | PF_GLOBAL;
    else if (it === A_BSR_ANYCRLF) o.bsr = 1;
    else if (it === A_BSR_UNICODE) o.bsr = 2;
    else return null;
  }
  return l === NIL ? o : null;
}

/** The bytes of an iodata term, or null. */
function iodataBytes(t: Term): Uint8Array | null {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) return null;
    return bytesOf(t);
  }
  const bits = ioSizeBits(t, false);
  if (bits < 0) return null;
  const out = new Uint8Array(bits >>> 3);
  ioFill(t, out, 0);
  return out;
}

function compileOptsOf(o: Options): CompileOpts {
  return { flags: o.compile, newline: o.newline, bsr: o.bsr };
}

function errorTuple(e: ReError): Term {
  let l: Term = NIL;
  for (let i = e.msg.length - 1; i >= 0; i--) l = new Cons(e.msg.charCodeAt(i), l);
  return [l, e.pos];
}

const patternCache = new WeakMap<Uint8Array, Compiled>();

/** Per source binary term (a module literal is the same object on every call): its last compilation. */
const sourceCache = new WeakMap<Bitstring, { co: CompileOpts; c: Compiled | ReError }>();

/** Compiles a pattern given as iodata; null when it is not iodata. */
function compileTerm(re: Term, co: CompileOpts): Compiled | ReError | null {
  if (re instanceof Bitstring) {
    const h = sourceCache.get(re);
    if (h !== undefined && h.co.flags === co.flags && h.co.newline === co.newline && h.co.bsr === co.bsr) return h.c;
  }
  const src = iodataBytes(re);
  if (src === null) return null;
  const c = compileSource(src, co);
  if (re instanceof Bitstring) sourceCache.set(re, { co, c });
  return c;
}

/** The {re_pattern,...} term of each compiled pattern: compileSource caches by source and options, so one term serves every re:compile of the same pattern (Elixir recompiles its regexes on each use). */
const termCache = new WeakMap<Compiled, Term>();

function patternTerm(re: Term, co: CompileOpts, c: Compiled): Term {
  const hit = termCache.get(c);
  if (hit !== undefined) return hit;
  const bin = serialize(iodataBytes(re)!, co);
  patternCache.set(bin, c);
  const t: Term = [A_RE_PATTERN, c.ncap, c.utf ? 1 : 0, usesCrlf(c.newline) ? 1 : 0, binaryFromBytes(bin)];
  termCache.set(c, t);
  return t;
}

/** The Compiled behind a {re_pattern,...} term, or null if it is not a valid one. */
function compiledOf(t: Term[]): Compiled | null {
  if (t.length !== 5 || t[0] !== A_RE_PATTERN || typeof t[1] !== 'number' || typeof t[2] !== 'number' ||
    typeof t[3] !== 'number' || !(t[4] instanceof Bitstring) || (t[4].bitSize & 7) !== 0) return null;
  const b = t[4];
  if (b.bitOffset === 0 && b.data.length === b.bitSize >>> 3) {
    const hit = patternCache.get(b.data);
    if (hit !== undefined) return hit;
  }
  const c = fromBinary(bytesOf(b));
  if (c !== null && b.bitOffset === 0 && b.data.length === b.bitSize >>> 3) patternCache.set(b.data, c);
  return c;
}

// --- compile ---

function reCompile(re: Term, opts: Term): Term {
  const o = parseOptions(opts);
  if (o === null || (o.flags & PF_EXEC_OPT)) return badarg();
  if ((o.flags & PF_UNICODE) && !(re instanceof Bitstring)) return trapApply(A_RE, atom('ucompile'), [re, opts]);
  const co = compileOptsOf(o);
  const c = compileTerm(re, co);
  if (c === null) return badarg();
  if (c instanceof ReError) return [A_ERROR, errorTuple(c)];
  return [A_OK, patternTerm(re, co, c)];
}

// --- run ---

/** Capture selection: type and the group list (null = all; -1 start = all_but_first). */
interface RetInfo {
  type: 0 | 1 | 2 | 3; // index, list, binary, none
  numSpec: number; // 0 all, -1 all_but_first, >0 explicit
  v: number[];
}

function nameBytes(t: Term): string | null {
  if (t instanceof Atom) return t.name;
  const b = iodataBytes(t);
  if (b === null) return null;
  return String.fromCharCode(...b);
}

/** Adds the groups named `name` (-1 when there is none). */
function oneCapture(c: Compiled, name: string, r: RetInfo): boolean {
  const groups: number[] = [];
  for (const [n, g] of c.nameTable) if (n === name) groups.push(g);
  if (groups.length === 0) r.v.push(-1);
  else if (!c.dupnames || groups.length === 1) r.v.push(groups[0]);
  else {
    r.v.push(-groups.length);
    for (const g of groups) r.v.push(g);
  }
  return true;
}

function buildCapture(values: Term, type: Term, c: Compiled): RetInfo | null {
  const r: RetInfo = { type: 0, numSpec: 0, v: [] };
  if (type === A_INDEX) r.type = 0;
  else if (type === A_LIST) r.type = 1;
  else if (type === A_BINARY) r.type = 2;
  else return null;
  if (values === A_ALL) return r;
  if (values === A_NONE || values === NIL) { r.type = 3; return r; }
  if (values === A_ALL_BUT_FIRST) { r.numSpec = -1; return r; }
  if (values === A_FIRST) { r.v.push(0); r.numSpec = 1; return r; }
  if (values === A_ALL_NAMES) {
    if (c.nameTable.length === 0) { r.type = 3; return r; }
    let last: string | null = null;
    for (const [name, g] of c.nameTable) {
      if (last !== null && c.dupnames && name === last) continue;
      if (c.dupnames) oneCapture(c, name, r); else r.v.push(g);
      last = name;
    }
    r.numSpec = r.v.length;
    return r;
  }
  if (!(values instanceof Cons)) return null;
  let l: Term = values;
  while (l instanceof Cons) {
    const x = l.head;
    l = l.tail;
    if (typeof x === 'number') { if (x < 0) return null; r.v.push(x); continue; }
    if (typeof x === 'bigint') return null;
    const name = nameBytes(x);
    if (name === null) return null;
    if (!oneCapture(c, name, r)) return null;
  }
  if (l !== NIL) return null;
  r.numSpec = r.v.length;
  return r;
}

const ovector = { buf: new Int32Array(64) };

function capTerm(type: number, subj: Uint8Array, subjTerm: Bitstring | null, st: number, en: number): Term {
  if (type === 0) return st < 0 ? [-1, 0] : [st, en - st];
  if (st < 0) return type === 2 ? binaryFromBytes(new Uint8Array(0)) : NIL;
  if (type === 2) {
    if (subjTerm !== null) return new Bitstring(subjTerm.data, subjTerm.bitOffset + st * 8, (en - st) * 8, subjTerm.extent);
    return binaryFromBytes(subj.slice(st, en));
  }
  let l: Term = NIL;
  for (let i = en - 1; i >= st; i--) l = new Cons(subj[i], l);
  return l;
}

function buildReturn(rc: number, ri: RetInfo | null, ov: Int32Array, subj: Uint8Array, subjTerm: Bitstring | null): Term {
  const r = ri ?? DEFAULT_RET;
  if (r.type === 3) return A_MATCH;
  return [A_MATCH, captureList(rc, r, ov, subj, subjTerm)];
}

const DEFAULT_RET: RetInfo = { type: 0, numSpec: 0, v: [] };

/** The captured parts of one match, as the capture option asks. */
function captureList(rc: number, r: RetInfo, ov: Int32Array, subj: Uint8Array, subjTerm: Bitstring | null): Term {
  if (r.numSpec === 0 && r.type === 0) {
    // the common {capture, all, index}: build the list directly
    let l: Term = NIL;
    for (let i = rc - 1; i >= 0; i--) l = new Cons(ov[i * 2] < 0 ? [-1, 0] : [ov[i * 2], ov[i * 2 + 1] - ov[i * 2]], l);
    return l;
  }
  const items: Term[] = [];
  if (r.numSpec <= 0) {
    for (let i = -r.numSpec; i < rc; i++) items.push(capTerm(r.type, subj, subjTerm, ov[i * 2], ov[i * 2 + 1]));
  } else {
    for (let i = 0; i < r.v.length; i++) {
      let x = r.v[i];
      if (x < -1) {
        const n = i - x + 1;
        for (let j = i + 1; j < r.v.length && j < n; j++) {
          if (ov[r.v[j] * 2] >= 0) { x = r.v[j]; break; }
        }
        i = n - 1;
      }
      if (x < rc && x >= 0) items.push(capTerm(r.type, subj, subjTerm, ov[x * 2], ov[x * 2 + 1]));
      else items.push(r.type === 0 ? [-1, 0] : r.type === 2 ? binaryFromBytes(new Uint8Array(0)) : NIL);
    }
  }
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/**
 * re:run with `global`, natively: the same loop as re:grun/loopexec in
 * re.erl (after an empty match, one anchored notempty_atstart try at the
 * same offset, else a step of one character, CRLF as one).
 */
function globalRun(c: Compiled, o: Options, ri: RetInfo | null, subj: Uint8Array, subjTerm: Bitstring | null): Term {
  const r = ri ?? DEFAULT_RET;
  const y = subj.length;
  let x = o.offset;
  if (x > y) return A_NOMATCH;
  if (c.utf) {
    if (utf8Invalid(subj, 0, subj.length) >= 0) return badarg();
    if (x < y && (subj[x] & 0xc0) === 0x80) return badarg();
  }
  const mo = matchOpts(c, o);
  const need = (c.ncap + 1) * 2;
  if (ovector.buf.length < need) ovector.buf = new Int32Array(need * 2);
  const ov = ovector.buf;
  const crlf = usesCrlf(c.newline);
  const out: Term[] = [];
  const anchored = mo.anchored, nea = mo.notemptyAtstart;
  while (x <= y) {
    mo.anchored = anchored; mo.notemptyAtstart = nea;
    const rc = exec(c.prog, subj, x, mo, ov);
    if (rc === MATCH_LIMIT && (o.flags & PF_REPORT_ERRORS)) return [A_ERROR, A_MATCH_LIMIT];
    if (rc <= 0) break;
    const a = ov[0], b = ov[1] - ov[0];
    out.push(r.type === 3 ? NIL : captureList(rc, r, ov, subj, subjTerm));
    if (b > 0) { x = a + b; continue; }
    mo.anchored = true; mo.notemptyAtstart = true;
    const rc2 = exec(c.prog, subj, x, mo, ov);
    if (rc2 === MATCH_LIMIT && (o.flags & PF_REPORT_ERRORS)) return [A_ERROR, A_MATCH_LIMIT];
    if (rc2 > 0) {
      const step = ov[1] - ov[0];
      out.push(r.type === 3 ? NIL : captureList(rc2, r, ov, subj, subjTerm));
      if (step > 0) { x = a + step; continue; }
    }
    // one character forward (a CRLF pair counts as one when newlines may be CRLF)
    if (crlf && subj[a] === 13 && subj[a + 1] === 10) x = a + 2;
    else if (c.utf && a < y) {
      const h = subj[a];
      x = a + ((h & 0xe0) === 0xc0 ? 2 : (h & 0xf0) === 0xe0 ? 3 : (h & 0xf8) === 0xf0 ? 4 : 1);
    } else x = a + 1;
  }
  if (out.length === 0) return A_NOMATCH;
  if (r.type === 3) return A_MATCH;
  let l: Term = NIL;
  for (let i = out.length - 1; i >= 0; i--) l = new Cons(out[i], l);
  return [A_MATCH, l];
}

function matchOpts(c: Compiled, o: Options): MatchOpts {
  return {
    // PCRE 8.44 also takes newline and bsr at match time
    newline: o.newline || c.newline, bsrAnycrlf: o.bsr ? o.bsr === 1 : c.bsrAnycrlf, ucp: c.ucp, notbol: o.notbol, noteol: o.noteol,
    notempty: o.notempty, notemptyAtstart: o.notemptyAtstart, anchored: o.anchoredRun || c.anchored,
    firstline: c.firstline, matchLimit: o.matchLimit,
  };
}

function reRun(subject: Term, re: Term, opts: Term, first: boolean): Term {
  const o = parseOptions(opts);
  if (o === null) return badarg();
  const isListCap = (o.flags & PF_CAPTURE) !== 0 && o.capType === A_LIST;
  let c: Compiled;
  if (!(Array.isArray(re) && re.length === 5)) {
    if (!(re instanceof Bitstring) && !(re instanceof Cons) && re !== NIL) return badarg();
    if ((o.flags & PF_UNICODE) &&
      (!(re instanceof Bitstring) || !(subject instanceof Bitstring) || (isListCap && !(o.flags & PF_GLOBAL)))) {
      return trapApply(A_RE, atom('urun'), [subject, re, opts]);
    }
    const co = compileOptsOf(o);
    const r = compileTerm(re, co);
    if (r === null) return badarg();
    if (r instanceof ReError) {
      if (o.flags & PF_REPORT_ERRORS) return [A_ERROR, [A_COMPILE, errorTuple(r)]];
      return badarg();
    }
    if ((o.flags & PF_GLOBAL) && ((r.utf && isListCap) || (r.utf && !(subject instanceof Bitstring)))) {
      const pre = patternTerm(re, co, r);
      return trapApply(A_RE, atom('grun'), [subject, pre, [opts, (o.flags & PF_COMPILE_OPT) ? A_TRUE : A_FALSE, re]]);
    }
    c = r;
  } else {
    if (o.flags & PF_COMPILE_OPT) return badarg();
    const r = compiledOf(re);
    if (r === null) return badarg();
    if (re[2] !== 0 && (!(subject instanceof Bitstring) || (isListCap && !(o.flags & PF_GLOBAL)))) {
      return trapApply(A_RE, atom('urun'), [subject, re, opts]);
    }
    if ((o.flags & PF_GLOBAL) && r.utf && isListCap) return trapApply(A_RE, atom('grun'), [subject, re, [opts, A_FALSE]]);
    c = r;
  }
  let ri: RetInfo | null = null;
  if (o.flags & PF_CAPTURE) {
    ri = buildCapture(o.capValues, o.capType, c);
    if (ri === null) return badarg();
  }
  let subj: Uint8Array;
  let subjTerm: Bitstring | null = null;
  if (subject instanceof Bitstring && (subject.bitSize & 7) === 0 && (subject.bitOffset & 7) === 0) {
    subj = bytesOf(subject);
    subjTerm = subject;
  } else {
    const b = iodataBytes(subject);
    if (b === null) return badarg();
    subj = b;
  }
  if (o.flags & PF_GLOBAL) return globalRun(c, o, ri, subj, subjTerm);
  if (o.offset > subj.length) {
    // ERTS raises an uncatchable internal_error here (OTP 25)
    const e = new ErlangException(CLASS_ERROR, A_INTERNAL_ERROR);
    e.panic = true;
    throw e;
  }
  if (c.utf) {
    if (first && utf8Invalid(subj, 0, subj.length) >= 0) return badarg();
    if (o.offset < subj.length && (subj[o.offset] & 0xc0) === 0x80) return badarg();
  }
  const mo = matchOpts(c, o);
  const need = (c.ncap + 1) * 2;
  if (ovector.buf.length < need) ovector.buf = new Int32Array(need * 2);
  const rc = exec(c.prog, subj, o.offset, mo, ovector.buf);
  if (rc <= 0) {
    if (rc === MATCH_LIMIT && (o.flags & PF_REPORT_ERRORS)) return [A_ERROR, A_MATCH_LIMIT];
    return A_NOMATCH;
  }
  return buildReturn(rc, ri, ovector.buf, subj, subjTerm);
}

function reInspect(mp: Term, what: Term): Term {
  if (!Array.isArray(mp) || what !== A_NAMELIST) return badarg();
  const c = compiledOf(mp);
  if (c === null) return badarg();
  const names: string[] = [];
  for (const [n] of c.nameTable) if (names[names.length - 1] !== n) names.push(n);
  let l: Term = NIL;
  for (let i = names.length - 1; i >= 0; i--) l = new Cons(binaryFromString(names[i]), l);
  return [A_NAMELIST, l];
}

defineNatives('re', {
  'version/0': () => VERSION,
  'compile/1': (re) => reCompile(re, NIL),
  'compile/2': (re, opts) => reCompile(re, opts),
  'run/2': (s, re) => reRun(s, re, NIL, true),
  'run/3': (s, re, opts) => reRun(s, re, opts, true),
  'internal_run/4': (s, re, opts, first) => {
    if (first !== A_TRUE && first !== A_FALSE) return badarg();
    return reRun(s, re, opts, first === A_TRUE);
  },
  'inspect/2': reInspect,
});
