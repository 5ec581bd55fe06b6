// The ets BIFs of OTP 25's bif.tab (module ets) and erlang:match_spec_test/3.
// Everything else in the ets module (tab2list, foldl, select_delete,
// delete_all_objects, test_ms, ...) runs unmodified from OTP's ets.beam on
// top of these.
//
// Process exit: the VM must call onProcessExit(pid) for every exiting process
// so that its tables are deleted (or handed to their heir) and its
// safe_fixtable fixations are released.

import { Atom, Cons, NIL, Pid, Ref, TRUE, FALSE, UNDEFINED, atom, type Term } from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';
import { compare } from '../term/compare.js';
import { badarg, badargCause } from '../vm/exception.js';
import { currentOrNull } from '../vm/context.js';
import { addExitHook } from '../vm/exit_hooks.js';
import { defineNatives, lookupNative } from './registry.js';
import { OrderedStore } from './ets_store.js';
import { HashStore } from './ets_hash.js';
import { MatchSpec, MsError, compileMatchSpec, compilePattern, type Dialect } from './ets_matchspec.js';
import {
  PROT_NAMES, Prot, TYPE_NAMES, TType, Table, addOwned, allTables, findTable, fixedTables, getOwnTable,
  getTable, nameTaken, registerTable, removeOwned, renameTable, samePid, tablesOwnedBy, unregisterTable,
} from './ets_table.js';
import { END_OF_TABLE, selectAll, selectChunk, selectChunkHash, selectCount, selectDelete, selectReplace } from './ets_select.js';
import { noteTid, tableInfo, tableInfoItem } from './ets_info.js';

const A_NAMED_TABLE = atom('named_table');
const A_KEYPOS = atom('keypos');
const A_HEIR = atom('heir');
const A_NONE = atom('none');
const A_WRITE_CONC = atom('write_concurrency');
const A_READ_CONC = atom('read_concurrency');
const A_DECENT = atom('decentralized_counters');
const A_COMPRESSED = atom('compressed');
const A_AUTO = atom('auto');
const A_PROTECTION = atom('protection');
const A_ETS_TRANSFER = atom('ETS-TRANSFER');
const A_DOLLAR_UNDERSCORE = atom('$_');
const A_DOLLAR_DOLLAR = atom('$$');
const A_OK = atom('ok');
const A_ERROR = atom('error');
const A_TABLE = atom('table');
const A_TRACE = atom('trace');
const A_ALREADY_EXISTS = atom('already_exists');
const A_BADKEY = atom('badkey');
const A_KEYPOS_CAUSE = atom('keypos');
const A_POSITION = atom('position');
const A_TABLE_TYPE = atom('table_type');
const A_OWNER = atom('owner');

// ------------------------------------------------------------------ compiled match specs

/** A compiled match spec as a term: a magic reference (ets:is_compiled_ms/1). */
export class MsRef extends Ref {
  constructor(
    ids: number[],
    readonly ms: MatchSpec,
  ) {
    super(ids);
  }
}

let refCounter = 0;
function newRef(): Ref {
  const p = currentOrNull();
  if (p !== null && typeof p.vm?.makeRef === 'function') return p.vm.makeRef();
  // host-side: a distinct id space (top word set) so it never equals a VM ref
  const n = ++refCounter;
  return new Ref([n % 0x40000, Math.floor(n / 0x40000) >>> 0, 0x7fff0000]);
}

function msRef(ms: MatchSpec): MsRef {
  const r = newRef();
  return new MsRef(r.ids, ms);
}

// Compiled specs cached by the identity of the spec term: literal specs
// (fun2ms output, tab2list's '_') are the same object on every call.
const msCache = new WeakMap<object, MatchSpec>();
const patCache = new WeakMap<object, MatchSpec>();
const patAtomCache = new Map<Atom, MatchSpec>();
const objAtomCache = new Map<Atom, MatchSpec>();

function compileOrBadarg(ms: Term): MatchSpec {
  if (ms instanceof MsRef) return ms.ms;
  if (typeof ms === 'object' && ms !== null && !(ms instanceof Atom)) {
    const hit = msCache.get(ms);
    if (hit !== undefined) return hit;
  }
  let c: MatchSpec;
  try {
    c = compileMatchSpec(ms);
  } catch (e) {
    if (e instanceof MsError) badarg();
    throw e;
  }
  if (typeof ms === 'object' && ms !== null) msCache.set(ms, c);
  return c;
}

/** ets:match (bindings, '$$') or match_object ('$_') for a pattern. */
function patternSpec(pat: Term, objects: boolean): MatchSpec {
  if (pat instanceof Atom) {
    const cache = objects ? objAtomCache : patAtomCache;
    let c = cache.get(pat);
    if (c === undefined) cache.set(pat, (c = compilePattern(pat, objects ? A_DOLLAR_UNDERSCORE : A_DOLLAR_DOLLAR)));
    return c;
  }
  if (typeof pat === 'object' && pat !== null && !objects) {
    const hit = patCache.get(pat);
    if (hit !== undefined) return hit;
  }
  let c: MatchSpec;
  try {
    c = compilePattern(pat, objects ? A_DOLLAR_UNDERSCORE : A_DOLLAR_DOLLAR);
  } catch (e) {
    if (e instanceof MsError) badarg();
    throw e;
  }
  if (typeof pat === 'object' && pat !== null && !objects) patCache.set(pat, c);
  return c;
}

// ------------------------------------------------------------------ helpers

function isPosInt(t: Term): t is number {
  return typeof t === 'number' && t >= 1;
}

/** A tuple that can go in `tab` (at least keypos elements). */
function checkObj(tab: Table, t: Term): Term[] {
  if (!Array.isArray(t) || t.length <= tab.kp) return badarg();
  return t;
}

function listItems(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  if (t !== NIL) badarg();
  return out;
}

function insertOne(tab: Table, obj: Term[]): void {
  if (tab.hash !== null) tab.hash.insert(obj);
  else tab.ordered!.insert(obj);
}

/**
 * A list insert. For `bag` tables (not duplicate_bag) erl_db.c's
 * ets_insert_2_list copies the list into a chain by prepending before it
 * inserts, so they take the objects last first.
 */
function insertList(tab: Table, items: Term[]): void {
  if (tab.type === TType.Bag) {
    for (let i = items.length - 1; i >= 0; i--) insertOne(tab, items[i] as Term[]);
  } else {
    for (const o of items) insertOne(tab, o as Term[]);
  }
}

function lookupObjs(tab: Table, key: Term): Term[] {
  return tab.hash !== null ? tab.hash.lookup(key) : tab.ordered!.lookup(key);
}

function deleteTable(tab: Table): void {
  unregisterTable(tab);
}

function sendTransfer(tab: Table, to: Pid, from: Pid, data: Term): boolean {
  const vm = tab.vm;
  if (vm === null) return false;
  const p = vm.lookup(to);
  if (p === undefined || !p.alive) return false;
  vm.deliver(p, [A_ETS_TRANSFER, tab.ident, from, data]);
  return true;
}

function isAlivePid(tab: Table | null, pid: Pid): boolean {
  const vm = tab?.vm ?? currentOrNull()?.vm ?? null;
  if (vm === null) return true;
  const p = vm.lookup(pid);
  return p !== undefined && p.alive;
}

// ------------------------------------------------------------------ new/2

function etsNew(name: Term, opts: Term): Term {
  if (!(name instanceof Atom)) return badarg();
  let type = TType.Set;
  let prot = Prot.Protected;
  let named = false;
  let kp = 1;
  let heir: Pid | null = null;
  let heirData: Term = NIL;
  let readConc = false, decent: boolean | null = null, compressed = false;
  let writeConc: Term = FALSE;
  for (const o of listItems(opts)) {
    if (o instanceof Atom) {
      const ti = TYPE_NAMES.indexOf(o);
      if (ti >= 0) type = ti as TType;
      else if (PROT_NAMES.indexOf(o) >= 0) prot = PROT_NAMES.indexOf(o) as Prot;
      else if (o === A_NAMED_TABLE) named = true;
      else if (o === A_COMPRESSED) compressed = true;
      else badarg();
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_KEYPOS) {
      if (!isPosInt(o[1])) badarg();
      kp = o[1] as number;
    } else if (Array.isArray(o) && o[0] === A_HEIR && o.length === 2 && o[1] === A_NONE) {
      heir = null;
    } else if (Array.isArray(o) && o[0] === A_HEIR && o.length === 3 && o[1] instanceof Pid) {
      heir = o[1];
      heirData = o[2];
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_WRITE_CONC && (o[1] === TRUE || o[1] === FALSE || o[1] === A_AUTO)) {
      writeConc = o[1];
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_READ_CONC && (o[1] === TRUE || o[1] === FALSE)) {
      readConc = o[1] === TRUE;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_DECENT && (o[1] === TRUE || o[1] === FALSE)) {
      decent = o[1] === TRUE;
    } else {
      badarg();
    }
  }
  if (named && nameTaken(name)) badargCause(A_ALREADY_EXISTS);
  // a private table is only ever touched by its owner: no concurrency options
  if (prot === Prot.Private) {
    readConc = false;
    writeConc = FALSE;
  }
  const decentral = writeConc !== FALSE && (decent ?? (type === TType.OrderedSet || writeConc === A_AUTO));
  const p = currentOrNull();
  const owner = p === null ? new Pid(0, 0) : p.pid;
  const k0 = kp - 1;
  const tab = new Table(
    newRef(), name, named, type, prot, k0, owner, heir, heirData,
    type === TType.OrderedSet ? null : new HashStore(k0, type !== TType.Set, type === TType.DuplicateBag, writeConc !== FALSE, decentral),
    type === TType.OrderedSet ? new OrderedStore(k0) : null,
    p === null ? null : p.vm,
  );
  tab.readConcurrency = readConc;
  tab.writeConcurrency = writeConc;
  tab.decentralizedCounters = decentral;
  tab.compressed = compressed;
  registerTable(tab);
  noteTid(tab.tid);
  return tab.ident;
}

// ------------------------------------------------------------------ single-object BIFs

function insert(t: Term, objs: Term): Term {
  const tab = getTable(t, true);
  if (Array.isArray(objs)) {
    insertOne(tab, checkObj(tab, objs));
    return TRUE;
  }
  const items = listItems(objs);
  for (const o of items) checkObj(tab, o);
  insertList(tab, items);
  return TRUE;
}

function insertNew(t: Term, objs: Term): Term {
  const tab = getTable(t, true);
  if (Array.isArray(objs)) {
    const o = checkObj(tab, objs);
    return (tab.hash !== null ? tab.hash.insertNew(o) : tab.ordered!.insertNew(o)) ? TRUE : FALSE;
  }
  const items = listItems(objs);
  for (const o of items) checkObj(tab, o);
  for (const o of items) {
    const k = (o as Term[])[tab.kp];
    if (tab.hash !== null ? tab.hash.member(k) : tab.ordered!.member(k)) return FALSE;
  }
  insertList(tab, items);
  return TRUE;
}

function lookup(t: Term, key: Term): Term {
  const tab = getTable(t, false);
  const hs = tab.hash;
  if (hs !== null) return hs.lookupList(key);
  const o = tab.ordered!.get(key);
  return o === undefined ? NIL : new Cons(o, NIL);
}

function lookupElement(t: Term, key: Term, pos: Term): Term {
  const tab = getTable(t, false);
  if (!isPosInt(pos)) return badarg();
  const objs = lookupObjs(tab, key);
  if (objs.length === 0) return badargCause(A_BADKEY);
  const i = pos - 1;
  for (const o of objs) if ((o as Term[]).length <= i) badarg();
  if (tab.type === TType.Set || tab.type === TType.OrderedSet) return (objs[0] as Term[])[i];
  return arrayToList(objs.map((o) => (o as Term[])[i]));
}

function member(t: Term, key: Term): Term {
  const tab = getTable(t, false);
  return (tab.hash !== null ? tab.hash.member(key) : tab.ordered!.member(key)) ? TRUE : FALSE;
}

function del2(t: Term, key: Term): Term {
  const tab = getTable(t, true);
  if (tab.hash !== null) tab.hash.deleteKey(key);
  else tab.ordered!.deleteKey(key);
  return TRUE;
}

function deleteObject(t: Term, obj: Term): Term {
  const tab = getTable(t, true);
  const o = checkObj(tab, obj);
  if (tab.hash !== null) tab.hash.deleteObject(o);
  else tab.ordered!.deleteObject(o);
  return TRUE;
}

function take(t: Term, key: Term): Term {
  const tab = getTable(t, true);
  return arrayToList(tab.hash !== null ? tab.hash.deleteKey(key) : tab.ordered!.deleteKey(key));
}

function del1(t: Term): Term {
  const tab = getTable(t, true);
  deleteTable(tab);
  return TRUE;
}

// ------------------------------------------------------------------ traversal

function first(t: Term): Term {
  const tab = getTable(t, false);
  const hs = tab.hash;
  if (hs !== null) {
    const n = hs.firstNode();
    return n === null ? END_OF_TABLE : n.key;
  }
  const o = tab.ordered!.firstObj();
  return o === undefined ? END_OF_TABLE : (o as Term[])[tab.kp];
}

function last(t: Term): Term {
  const tab = getTable(t, false);
  if (tab.hash !== null) return first(t);
  const o = tab.ordered!.lastObj();
  return o === undefined ? END_OF_TABLE : (o as Term[])[tab.kp];
}

function next(t: Term, key: Term): Term {
  const tab = getTable(t, false);
  const hs = tab.hash;
  if (hs !== null) {
    const n = hs.nextNode(key);
    if (n === undefined) return badarg();
    return n === null ? END_OF_TABLE : n.key;
  }
  const o = tab.ordered!.nextObj(key);
  return o === undefined ? END_OF_TABLE : (o as Term[])[tab.kp];
}

function prev(t: Term, key: Term): Term {
  const tab = getTable(t, false);
  if (tab.hash !== null) return next(t, key);
  const o = tab.ordered!.prevObj(key);
  return o === undefined ? END_OF_TABLE : (o as Term[])[tab.kp];
}

function slot(t: Term, i: Term): Term {
  const tab = getTable(t, false);
  if (typeof i !== 'number' || i < 0) return badarg();
  const hs = tab.hash;
  if (hs !== null) {
    if (i > hs.nactive) return badarg();
    if (i === hs.nactive) return END_OF_TABLE;
    return hs.slotList(i);
  }
  const os = tab.ordered!;
  if (i > os.count) return badarg();
  if (i === os.count) return END_OF_TABLE;
  return new Cons(os.at(i)!, NIL);
}

// ------------------------------------------------------------------ updates

function counterOps(op: Term, defaultPos: number): [Term[][], boolean] {
  if (typeof op === 'number' || typeof op === 'bigint') return [[[defaultPos + 1, op]], false];
  if (Array.isArray(op)) return [[op], false];
  const items = listItems(op);
  for (const it of items) if (!Array.isArray(it)) badarg();
  return [items as Term[][], true];
}

function addInts(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  const r = BigInt(a as number | bigint) + BigInt(b as number | bigint);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

const isInt = (t: Term): boolean => typeof t === 'number' || typeof t === 'bigint';

function updateCounter(t: Term, key: Term, op: Term, dflt?: Term): Term {
  const tab = getTable(t, true);
  if (tab.type === TType.Bag || tab.type === TType.DuplicateBag) return badargCause(A_TABLE_TYPE);
  const [ops, isList] = counterOps(op, tab.kp + 1);
  for (const o of ops) {
    if ((o.length !== 2 && o.length !== 4) || !isPosInt(o[0]) || !isInt(o[1])) return badarg();
    if (o.length === 4 && (!isInt(o[2]) || !isInt(o[3]))) return badarg();
  }
  let obj = (tab.hash !== null ? tab.hash.find(key)?.obj : tab.ordered!.get(key)) as Term[] | undefined;
  let fresh = false;
  if (obj === undefined) {
    if (dflt === undefined) return badargCause(A_BADKEY);
    obj = checkObj(tab, dflt).slice();
    obj[tab.kp] = key;
    fresh = true;
  } else {
    obj = obj.slice();
  }
  const results: Term[] = [];
  for (const o of ops) {
    const pos = o[0] as number, incr = o[1];
    if (pos - 1 === tab.kp) return badargCause(A_KEYPOS_CAUSE);
    if (pos > obj.length) return badargCause(A_POSITION);
    const cur = obj[pos - 1];
    if (!isInt(cur)) return badarg();
    let v = addInts(cur, incr);
    if (o.length === 4) {
      const thr = o[2], setv = o[3];
      const neg = typeof incr === 'bigint' ? incr < 0n : (incr as number) < 0;
      if (neg ? compare(v, thr) < 0 : compare(v, thr) > 0) v = setv;
    }
    obj[pos - 1] = v;
    results.push(v);
  }
  if (fresh || results.length > 0) insertOne(tab, obj);
  return isList ? arrayToList(results) : results[0];
}

function updateElement(t: Term, key: Term, spec: Term): Term {
  const tab = getTable(t, true);
  if (tab.type === TType.Bag || tab.type === TType.DuplicateBag) return badarg();
  const pairs = Array.isArray(spec) ? [spec] : listItems(spec);
  const cur = (tab.hash !== null ? tab.hash.find(key)?.obj : tab.ordered!.get(key)) as Term[] | undefined;
  for (const p of pairs) {
    if (!Array.isArray(p) || p.length !== 2 || !isPosInt(p[0])) return badarg();
    if (p[0] - 1 === tab.kp) return badargCause(A_KEYPOS_CAUSE);
    if (cur !== undefined && p[0] > cur.length) return badarg();
  }
  if (cur === undefined) return FALSE;
  const obj = cur.slice();
  for (const p of pairs as Term[][]) obj[(p[0] as number) - 1] = p[1];
  insertOne(tab, obj);
  return TRUE;
}

// ------------------------------------------------------------------ ownership and options

function giveAway(t: Term, pid: Term, data: Term): Term {
  const tab = getOwnTable(t);
  if (!(pid instanceof Pid)) return badarg();
  if (samePid(pid, tab.owner)) return badargCause(A_OWNER);
  if (!isAlivePid(tab, pid)) return badarg();
  const from = tab.owner;
  removeOwned(tab);
  tab.owner = pid;
  addOwned(tab);
  sendTransfer(tab, pid, from, data);
  return TRUE;
}

function setopts(t: Term, opts: Term): Term {
  const tab = getOwnTable(t, false);
  const items = Array.isArray(opts) ? [opts] : listItems(opts);
  const apply: (() => void)[] = [];
  for (const o of items) {
    if (Array.isArray(o) && o[0] === A_HEIR && o.length === 2 && o[1] === A_NONE) {
      apply.push(() => {
        tab.heir = null;
        tab.heirData = NIL;
      });
    } else if (Array.isArray(o) && o[0] === A_HEIR && o.length === 3 && o[1] instanceof Pid) {
      const h = o[1], d = o[2];
      apply.push(() => {
        tab.heir = h;
        tab.heirData = d;
      });
    } else if (Array.isArray(o) && o[0] === A_PROTECTION && o.length === 2 && o[1] instanceof Atom && PROT_NAMES.includes(o[1])) {
      const pr = PROT_NAMES.indexOf(o[1]) as Prot;
      apply.push(() => {
        tab.prot = pr;
      });
    } else {
      return badarg();
    }
  }
  for (const f of apply) f();
  return TRUE;
}

function rename(t: Term, name: Term): Term {
  const tab = getTable(t, true);
  if (!(name instanceof Atom)) return badarg();
  if (tab.named) {
    if (name !== tab.name && nameTaken(name)) return badarg();
  }
  renameTable(tab, name);
  return tab.ident;
}

function whereis(name: Term): Term {
  if (!(name instanceof Atom)) return badarg();
  const tab = findTable(name);
  return tab === undefined ? UNDEFINED : tab.tid;
}

function safeFixtable(t: Term, flag: Term): Term {
  const tab = getTable(t, false);
  if (flag !== TRUE && flag !== FALSE) return badarg();
  const p = currentOrNull();
  const pid = p === null ? new Pid(0, 0) : p.pid;
  if (flag === TRUE) {
    if (tab.fixers === null) {
      tab.fixers = new Map();
      tab.fixedAt = timestamp();
      tab.fixedAtMonotonic = Date.now();
      if (tab.hash !== null) tab.hash.fixed = true;
    }
    const f = tab.fixers.get(pid.id);
    if (f === undefined) tab.fixers.set(pid.id, { pid, count: 1 });
    else f.count++;
  } else if (tab.fixers !== null) {
    const f = tab.fixers.get(pid.id);
    if (f !== undefined && --f.count === 0) tab.fixers.delete(pid.id);
    if (tab.fixers.size === 0) unfix(tab);
  }
  return TRUE;
}

function unfix(tab: Table): void {
  tab.fixers = null;
  tab.fixedAt = null;
  if (tab.hash !== null) tab.hash.unfix();
}

/** erlang:timestamp() now, as {MegaSecs, Secs, MicroSecs}. */
function timestamp(): Term {
  const us = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  const s = Math.floor(us / 1e6);
  return [Math.floor(s / 1e6), s % 1e6, us % 1e6];
}

// ------------------------------------------------------------------ select and match

function select2(t: Term, ms: Term): Term {
  const tab = getTable(t, false);
  return selectAll(tab, compileOrBadarg(ms), false);
}

function selectReverse2(t: Term, ms: Term): Term {
  const tab = getTable(t, false);
  return selectAll(tab, compileOrBadarg(ms), tab.type === TType.OrderedSet);
}

function chunked(t: Term, ms: MatchSpec, limit: Term, reverse: boolean): Term {
  const tab = getTable(t, false);
  if (typeof limit !== 'number' || limit < 1) return badarg();
  if (tab.hash !== null) return selectChunkHash(tab, t, ms, msRef(ms), limit, null);
  return selectChunk(tab, ms, msRef(ms), limit, reverse && tab.type === TType.OrderedSet, undefined);
}

/** select/1, select_reverse/1, match/1, match_object/1: continue from a continuation. */
function continueSelect(cont: Term): Term {
  if (cont === END_OF_TABLE) return END_OF_TABLE;
  if (!Array.isArray(cont)) return badarg();
  if (cont.length === 6) {
    const [t, slot, limit, ms, rest, restSize] = cont;
    if (!(ms instanceof MsRef) || typeof slot !== 'number' || typeof limit !== 'number' || limit < 0) return badarg();
    if ((rest !== NIL && !(rest instanceof Cons)) || typeof restSize !== 'number' || restSize < 0) return badarg();
    const tab = getTable(t, false);
    if (tab.hash === null) return badarg();
    return selectChunkHash(tab, t, ms.ms, ms, limit, { slot, rest, restSize });
  }
  if (cont.length === 8) {
    const [t, lastKey, , limit, ms, , rev] = cont;
    if (!(ms instanceof MsRef) || typeof limit !== 'number' || limit < 1) return badarg();
    const tab = getTable(t, false);
    if (tab.ordered === null) return badarg();
    return selectChunk(tab, ms.ms, ms, limit, rev === 1, lastKey);
  }
  return badarg();
}

// ------------------------------------------------------------------ erlang:match_spec_test/3

function matchSpecTest(term: Term, ms: Term, type: Term): Term {
  if (type !== A_TABLE && type !== A_TRACE) return badarg();
  const dialect: Dialect = type === A_TABLE ? 'table' : 'trace';
  if (dialect === 'trace' && !(term instanceof Cons) && term !== NIL) return badarg();
  let c: MatchSpec;
  try {
    c = compileMatchSpec(ms, dialect);
  } catch (e) {
    if (!(e instanceof MsError)) throw e;
    return [A_ERROR, arrayToList(e.messages.map((m) => [A_ERROR, stringToList(m)]))];
  }
  let r = c.run(term);
  if (r === undefined) r = FALSE;
  else if (dialect === 'trace') r = r === FALSE ? FALSE : TRUE;
  return [A_OK, r, NIL, NIL];
}

// ------------------------------------------------------------------ internal

function internalRequestAll(): Term {
  const p = currentOrNull();
  const ref = newRef();
  const ids = arrayToList(allTables().map((tab) => tab.ident));
  if (p !== null) {
    // ets:all/0 waits for one reply per scheduler
    let n = 1;
    const si = lookupNative('erlang', 'system_info', 1);
    if (si !== undefined) {
      try {
        const r = si(atom('schedulers'));
        if (typeof r === 'number' && r >= 1) n = r;
      } catch {
        n = 1;
      }
    }
    p.vm.deliver(p, [ref, ids]);
    for (let i = 1; i < n; i++) p.vm.deliver(p, [ref, NIL]);
  }
  return ref;
}

function internalDeleteAll(t: Term, _x: Term): Term {
  const tab = getTable(t, true);
  return tab.hash !== null ? tab.hash.clear() : tab.ordered!.clear();
}

function internalSelectDelete(t: Term, ms: Term): Term {
  const tab = getTable(t, true);
  return selectDelete(tab, compileOrBadarg(ms));
}

// ------------------------------------------------------------------ process exit

/**
 * Called by the VM when a process exits: its tables go to their heir (if
 * alive) or are deleted; its fixations are released.
 */
addExitHook((pid) => onProcessExit(pid));

export function onProcessExit(pid: Pid): void {
  for (const tab of tablesOwnedBy(pid.id)) {
    if (!samePid(tab.owner, pid)) continue;
    const heir = tab.heir;
    if (heir !== null && !samePid(heir, pid) && isAlivePid(tab, heir) && tab.vm !== null) {
      removeOwned(tab);
      tab.owner = heir;
      addOwned(tab);
      sendTransfer(tab, heir, pid, tab.heirData);
    } else {
      deleteTable(tab);
    }
  }
  for (const tab of fixedTables()) {
    if (tab.fixers!.delete(pid.id) && tab.fixers!.size === 0) unfix(tab);
  }
}

defineNatives('ets', {
  'new/2': etsNew,
  'delete/1': del1,
  'delete/2': del2,
  'delete_object/2': deleteObject,
  'first/1': first,
  'last/1': last,
  'next/2': next,
  'prev/2': prev,
  'insert/2': insert,
  'insert_new/2': insertNew,
  'lookup/2': lookup,
  'lookup_element/3': lookupElement,
  'member/2': member,
  'take/2': take,
  'update_counter/3': (t, k, op) => updateCounter(t, k, op),
  'update_counter/4': (t, k, op, d) => updateCounter(t, k, op, d),
  'update_element/3': updateElement,
  'info/1': (t) => tableInfo(t),
  'info/2': (t, item) => tableInfoItem(t, item),
  'give_away/3': giveAway,
  'setopts/2': setopts,
  'rename/2': rename,
  'whereis/1': whereis,
  'safe_fixtable/2': safeFixtable,
  'slot/2': slot,
  'select/1': continueSelect,
  'select/2': select2,
  'select/3': (t, ms, limit) => chunked(t, compileOrBadarg(ms), limit, false),
  'select_reverse/1': continueSelect,
  'select_reverse/2': selectReverse2,
  'select_reverse/3': (t, ms, limit) => chunked(t, compileOrBadarg(ms), limit, true),
  'select_count/2': (t, ms) => selectCount(getTable(t, false), compileOrBadarg(ms)),
  'select_replace/2': (t, ms) => selectReplace(getTable(t, true), compileOrBadarg(ms)),
  'match/1': continueSelect,
  'match/2': (t, pat) => selectAll(getTable(t, false), patternSpec(pat, false), false),
  'match/3': (t, pat, limit) => chunked(t, patternSpec(pat, false), limit, false),
  'match_object/1': continueSelect,
  'match_object/2': (t, pat) => selectAll(getTable(t, false), patternSpec(pat, true), false),
  'match_object/3': (t, pat, limit) => chunked(t, patternSpec(pat, true), limit, false),
  'match_spec_compile/1': (ms) => msRef(compileOrBadarg(ms)),
  'match_spec_run_r/3': (list, ms, acc) => {
    if (!(ms instanceof MsRef)) return badarg();
    let out = acc;
    for (const o of listItems(list)) {
      const r = ms.ms.run(o);
      if (r !== undefined) out = new Cons(r, out);
    }
    return out;
  },
  'is_compiled_ms/1': (t) => (t instanceof MsRef ? TRUE : FALSE),
  'internal_request_all/0': internalRequestAll,
  'internal_delete_all/2': internalDeleteAll,
  'internal_select_delete/2': internalSelectDelete,
});

defineNatives('erlang', {
  'match_spec_test/3': matchSpecTest,
});

/** The host-side ref counter, for a boot image (src/snapshot/state.ts). */
export function etsRefCounter(): number {
  return refCounter;
}
export function restoreEtsRefCounter(n: number): void {
  refCounter = n;
}
