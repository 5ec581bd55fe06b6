// The Erlang term model. Representations are chosen so V8 keeps the hot
// paths monomorphic (see ARCHITECTURE.md, "Terms"):
//   integer   -> JS number while safe, bigint beyond (never a bigint in the safe range)
//   float     -> Float (boxed so 1 and 1.0 stay distinct)
//   atom      -> interned Atom, compared by identity
//   []        -> NIL singleton;  list cell -> Cons
//   tuple     -> plain JS array (nothing else is a JS array)
//   binary    -> Bitstring view (bytes + bit offset + bit size)
//   map       -> ErlMap (defined in map.ts)
//   fun, pid, reference, port -> small classes

import type { ErlMap } from './map.js';

export type Term =
  | number
  | bigint
  | Float
  | Atom
  | Nil
  | Cons
  | Tuple
  | Bitstring
  | ErlMap
  | Fun
  | Pid
  | Ref
  | Port;

export type Tuple = Term[];

export class Float {
  constructor(readonly value: number) {}
}

export class Atom {
  constructor(
    readonly name: string,
    readonly index: number,
  ) {}
  toString(): string {
    return this.name;
  }
}

const atomTable = new Map<string, Atom>();
const atomsByIndex: Atom[] = [];

/** The interned atom for `name` (a Unicode string). */
export function atom(name: string): Atom {
  let a = atomTable.get(name);
  if (a === undefined) {
    a = new Atom(name, atomsByIndex.length);
    atomTable.set(name, a);
    atomsByIndex.push(a);
  }
  return a;
}

/** The atom for `name` only if it already exists (list_to_existing_atom). */
export function existingAtom(name: string): Atom | undefined {
  return atomTable.get(name);
}

export function atomCount(): number {
  return atomsByIndex.length;
}

/** The atom with index `i` (a boot image lists the atom table in index order). */
export function atomAt(i: number): Atom | undefined {
  return atomsByIndex[i];
}

export class Nil {
  private constructor() {}
  static readonly instance = new Nil();
}
export const NIL = Nil.instance;

export class Cons {
  constructor(
    public head: Term,
    public tail: Term,
  ) {}
}

/**
 * A bitstring: `bitSize` bits starting at bit `bitOffset` of `data`.
 * Sub-binaries share `data`. `extent`, when present, records how many bits
 * of `data` are claimed by some binary; a binary whose end equals
 * `extent.end` may be appended to in place (the BEAM's writable-binary
 * trick that makes `<<Acc/binary, X>>` in a loop linear).
 */
export class Bitstring {
  constructor(
    public data: Uint8Array,
    public bitOffset: number,
    public bitSize: number,
    public extent: BinExtent | null = null,
  ) {}
  get isBinary(): boolean {
    return (this.bitSize & 7) === 0;
  }
  get byteSize(): number {
    return this.bitSize >>> 3;
  }
}

export class BinExtent {
  constructor(public end: number) {}
}

/** A fun. `kind` 0 = local closure (module + FunT index), 1 = export fun (`fun M:F/A`). */
export class Fun {
  constructor(
    readonly kind: 0 | 1,
    readonly module: Atom,
    /** local: the name atom from FunT (e.g. '-main/0-fun-0-'); export: the function name */
    readonly name: Atom,
    /** total arity when called (free variables excluded) */
    readonly arity: number,
    /** free variables captured by a local fun */
    readonly env: Term[],
    /** local: index in the module's FunT; export: -1 */
    readonly index: number,
    /** local: old_uniq / new uniq data from the defining module, for printing and ETF */
    readonly uniq: number,
    /** local: resolved entry (set by the loader: the code position); opaque to the term layer */
    public entry: unknown = null,
  ) {}
}

/** The node every local pid/ref/port belongs to. */
export const LOCAL_NODE = atom('nonode@nohost');

export class Pid {
  constructor(
    readonly id: number,
    readonly serial: number = 0,
    readonly node: Atom = LOCAL_NODE,
    readonly creation: number = 0,
  ) {}
}

export class Port {
  constructor(
    readonly id: number,
    readonly node: Atom = LOCAL_NODE,
    readonly creation: number = 0,
  ) {}
}

/** A reference: up to 5 32-bit words, printed #Ref<0.w2.w1.w0>. */
export class Ref {
  /** ids as one string: the key of monitor, alias and timer tables */
  readonly key: string;
  constructor(
    readonly ids: number[],
    readonly node: Atom = LOCAL_NODE,
    readonly creation: number = 0,
  ) {
    this.key = ids.join('.');
  }
}

// Atoms used everywhere; interned once at load.
export const TRUE = atom('true');
export const FALSE = atom('false');
export const UNDEFINED = atom('undefined');
export const OK = atom('ok');
export const ERROR = atom('error');
export const EXIT = atom('EXIT');
export const THROW = atom('throw');
export const NORMAL = atom('normal');
export const BADARG = atom('badarg');

export function bool(b: boolean): Atom {
  return b ? TRUE : FALSE;
}

// --- Type tests (cheap; used on hot paths) ---
export function isInteger(t: Term): t is number | bigint {
  return (typeof t === 'number') || typeof t === 'bigint';
}
export function isNumber(t: Term): t is number | bigint | Float {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof Float;
}
export function isAtom(t: Term): t is Atom {
  return t instanceof Atom;
}
export function isTuple(t: Term): t is Tuple {
  return Array.isArray(t);
}
export function isList(t: Term): t is Cons | Nil {
  return t instanceof Cons || t === NIL;
}
export function isBitstring(t: Term): t is Bitstring {
  return t instanceof Bitstring;
}
export function isBinary(t: Term): t is Bitstring {
  return t instanceof Bitstring && (t.bitSize & 7) === 0;
}

/** Normalise a bigint result: back to a number when it is a safe integer. */
export function normInt(b: bigint): number | bigint {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}
