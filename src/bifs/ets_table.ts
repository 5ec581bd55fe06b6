// ETS tables: the Table record, the table registry (by tid, by name, by
// owner) and access checks. The BIFs are in ets.ts; storage in ets_store.ts.

import { Atom, Pid, Ref, atom, type Term } from '../term/types.js';
import { currentOrNull } from '../vm/context.js';
import { badarg, badargCause } from '../vm/exception.js';

const A_ID = atom('id');
const A_ACCESS = atom('access');
const A_OWNER = atom('owner');
import type { Vm } from '../runtime/vm.js';
import { OrderedStore } from './ets_store.js';
import type { HashStore } from './ets_hash.js';

export const enum TType {
  Set = 0,
  OrderedSet = 1,
  Bag = 2,
  DuplicateBag = 3,
}

export const enum Prot {
  Public = 0,
  Protected = 1,
  Private = 2,
}

export const TYPE_NAMES = [atom('set'), atom('ordered_set'), atom('bag'), atom('duplicate_bag')];
export const PROT_NAMES = [atom('public'), atom('protected'), atom('private')];

export class Table {
  alive = true;
  /** safe_fixtable counts per process id */
  fixers: Map<number, { pid: Pid; count: number }> | null = null;
  /** erlang:timestamp() triple at the first fixation */
  fixedAt: Term | null = null;
  fixedAtMonotonic = 0;
  readConcurrency = false;
  writeConcurrency: Term = atom('false');
  decentralizedCounters = false;
  compressed = false;

  constructor(
    readonly tid: Ref,
    public name: Atom,
    public named: boolean,
    readonly type: TType,
    public prot: Prot,
    /** 0-based key position */
    readonly kp: number,
    public owner: Pid,
    public heir: Pid | null,
    public heirData: Term,
    readonly hash: HashStore | null,
    readonly ordered: OrderedStore | null,
    readonly vm: Vm | null,
  ) {}

  /** The identifier users see: the name for named tables, else the tid. */
  get ident(): Term {
    return this.named ? this.name : this.tid;
  }

  get size(): number {
    return this.hash !== null ? this.hash.count : this.ordered!.count;
  }

  get fixed(): boolean {
    return this.fixers !== null;
  }
}

const byTid = new Map<string, Table>();
const byName = new Map<Atom, Table>();
const byOwner = new Map<number, Set<Table>>();
// the last tid looked up: most programs hit one table repeatedly with the same Ref object
let lastRef: Ref | null = null;
let lastTab: Table | null = null;

export function tidKey(r: Ref): string {
  return r.ids.join('.');
}

/** The pid on whose behalf a BIF runs; null for host-side calls (treated as owner of everything). */
export function callerPid(): Pid | null {
  const p = currentOrNull();
  return p === null ? null : p.pid;
}

export function samePid(a: Pid, b: Pid): boolean {
  return a === b || (a.id === b.id && a.serial === b.serial && a.node === b.node);
}

/** The table `t` names, or undefined. No access check. */
export function findTable(t: Term): Table | undefined {
  if (t instanceof Atom) return byName.get(t);
  if (t instanceof Ref) {
    if (t === lastRef) return lastTab!;
    const tab = byTid.get(tidKey(t));
    if (tab !== undefined) {
      lastRef = t;
      lastTab = tab;
    }
    return tab;
  }
  return undefined;
}

/** The table for a read (write = false) or an update; badarg when missing or denied. */
export function getTable(t: Term, write: boolean): Table {
  const tab = findTable(t);
  if (tab === undefined) return badargCause(A_ID);
  if (tab.prot !== Prot.Public) {
    const me = callerPid();
    if (me !== null && !samePid(me, tab.owner) && (write || tab.prot === Prot.Private)) badargCause(A_ACCESS);
  }
  return tab;
}

/** Only the owner may (give_away, setopts). */
export function getOwnTable(t: Term, ownerCause = true): Table {
  const tab = findTable(t);
  if (tab === undefined) return badargCause(A_ID);
  const me = callerPid();
  if (me !== null && !samePid(me, tab.owner)) {
    if (ownerCause) badargCause(A_OWNER);
    badarg();
  }
  return tab;
}

export function nameTaken(name: Atom): boolean {
  return byName.has(name);
}

export function registerTable(tab: Table): void {
  byTid.set(tidKey(tab.tid), tab);
  if (tab.named) byName.set(tab.name, tab);
  addOwned(tab);
}

export function addOwned(tab: Table): void {
  let s = byOwner.get(tab.owner.id);
  if (s === undefined) byOwner.set(tab.owner.id, (s = new Set()));
  s.add(tab);
}

export function removeOwned(tab: Table): void {
  const s = byOwner.get(tab.owner.id);
  if (s !== undefined) {
    s.delete(tab);
    if (s.size === 0) byOwner.delete(tab.owner.id);
  }
}

export function renameTable(tab: Table, name: Atom): void {
  if (tab.named) byName.delete(tab.name);
  tab.name = name;
  if (tab.named) byName.set(name, tab);
}

export function unregisterTable(tab: Table): void {
  tab.alive = false;
  byTid.delete(tidKey(tab.tid));
  if (tab.named && byName.get(tab.name) === tab) byName.delete(tab.name);
  removeOwned(tab);
  if (lastTab === tab) {
    lastRef = null;
    lastTab = null;
  }
  if (tab.hash !== null) tab.hash.clear();
  else tab.ordered!.clear();
}

export function tablesOwnedBy(pidId: number): Table[] {
  const s = byOwner.get(pidId);
  return s === undefined ? [] : [...s];
}

export function allTables(): Table[] {
  return [...byTid.values()];
}

/** Tables some process has fixed (to release fixations when it exits). */
export function fixedTables(): Table[] {
  const out: Table[] = [];
  for (const t of byTid.values()) if (t.fixers !== null) out.push(t);
  return out;
}

/** The table registry, for a boot image (src/snapshot/state.ts). */
export function etsTablesState(): { byTid: Map<string, Table>; byName: Map<Atom, Table>; byOwner: Map<number, Set<Table>> } {
  return { byTid, byName, byOwner };
}

/** Replace the table registry with one restored from a boot image. */
export function restoreEtsTables(s: ReturnType<typeof etsTablesState>): void {
  byTid.clear();
  byName.clear();
  byOwner.clear();
  for (const [k, v] of s.byTid) byTid.set(k, v);
  for (const [k, v] of s.byName) byName.set(k, v);
  for (const [k, v] of s.byOwner) byOwner.set(k, v);
  lastRef = null;
  lastTab = null;
}
