// A compact binary encoding of the object graph a boot image holds: terms,
// processes, ETS tables and whatever else the natives keep. Each object is
// written once and referred to by its number after that, so sharing and
// cycles survive (RecvMarker.ref === the ref in a register, a Process in its
// links' sets). Objects of the classes listed in SnapshotContext.classes are
// rebuilt through their own constructors (V8 then gives them the same
// hidden class as the VM's own objects); anything else — a closure, a class
// not listed — makes the encoder throw SnapshotError, and no image is made.

import { Atom, Cons, NIL, atomCount } from '../term/types.js';

export class SnapshotError extends Error {}

/** How a class's instances are made before their fields are assigned. */
export interface ClassSpec {
  name: string;
  ctor: abstract new (...args: never[]) => object;
  make: () => object;
  /** fields not saved: a restored object keeps what make() gave them (caches, handles, dead registers) */
  transient?: string[];
}

/**
 * What the encoder and decoder share: the classes they may rebuild and the
 * objects written by name (the Vm, its trampoline, loaded modules...).
 */
export interface SnapshotContext {
  classes: ClassSpec[];
  /** objects that are not copied but stand for the same object on the other side */
  specials: object[];
  /** an object the graph names by a string (a loaded module), or null */
  nameOf(o: object): string | null;
  /** the object for a name nameOf gave */
  byName(name: string): object;
}

const enum Tag {
  Undefined = 0, Null, False, True, Int, F64, BigInt, Str, StrNew, Ref, Atom, Nil, Array, List,
  Uint8, Typed, Map, Set, Obj, ObjNew, Special, Named, Plain,
}

const TYPED: (new (n: number) => ArrayBufferView & { length: number })[] = [
  Int32Array, Uint16Array, Float64Array, BigInt64Array, BigUint64Array, Uint32Array, Int8Array, Int16Array, Float32Array,
];

class Out {
  buf = new Uint8Array(1 << 16);
  n = 0;
  private grow(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.n++] = b;
  }
  /** unsigned, up to 2^53 */
  uint(v: number): void {
    this.grow(8);
    while (v >= 0x80) {
      this.buf[this.n++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.n++] = v;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
  f64(v: number): void {
    this.grow(8);
    new DataView(this.buf.buffer).setFloat64(this.n, v, true);
    this.n += 8;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Encode `root` (and all it reaches) under `ctx`. */
export function encodeGraph(root: unknown, ctx: SnapshotContext): Uint8Array {
  const out = new Out();
  const ids = new Map<object, number>();
  let nextId = 0;
  const strs = new Map<string, number>();
  const shapes = new Map<string, number>();
  const classIx = new Map<object, number>();
  ctx.classes.forEach((c, i) => classIx.set(c.ctor.prototype as object, i));
  const specials = new Map<object, number>();
  ctx.specials.forEach((o, i) => specials.set(o, i));

  const str = (s: string): void => {
    const i = strs.get(s);
    if (i !== undefined) {
      out.byte(Tag.Str);
      out.uint(i);
      return;
    }
    strs.set(s, strs.size);
    out.byte(Tag.StrNew);
    const b = enc.encode(s);
    out.uint(b.length);
    out.bytes(b);
  };

  const val = (v: unknown): void => {
    switch (typeof v) {
      case 'undefined':
        return out.byte(Tag.Undefined);
      case 'boolean':
        return out.byte(v ? Tag.True : Tag.False);
      case 'number':
        if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
          out.byte(Tag.Int);
          out.uint(v >= 0 ? v * 2 : -v * 2 - 1);
        } else {
          out.byte(Tag.F64);
          out.f64(v);
        }
        return;
      case 'bigint':
        out.byte(Tag.BigInt);
        return str(v.toString(16));
      case 'string':
        return str(v);
      case 'object':
        if (v === null) return out.byte(Tag.Null);
        return obj(v);
      default:
        throw new SnapshotError(`cannot save a ${typeof v}`);
    }
  };

  const obj = (o: object): void => {
    if (o instanceof Atom) {
      out.byte(Tag.Atom);
      return out.uint(o.index);
    }
    if (o === NIL) return out.byte(Tag.Nil);
    const seen = ids.get(o);
    if (seen !== undefined) {
      out.byte(Tag.Ref);
      return out.uint(seen);
    }
    const sp = specials.get(o);
    if (sp !== undefined) {
      out.byte(Tag.Special);
      return out.uint(sp);
    }
    const name = ctx.nameOf(o);
    if (name !== null) {
      out.byte(Tag.Named);
      return str(name);
    }
    if (o instanceof Cons) return list(o);
    ids.set(o, nextId++);
    if (Array.isArray(o)) {
      out.byte(Tag.Array);
      out.uint(o.length);
      for (let i = 0; i < o.length; i++) val(o[i]);
      return;
    }
    if (o instanceof Uint8Array) {
      out.byte(Tag.Uint8);
      out.uint(o.length);
      return out.bytes(o);
    }
    if (ArrayBuffer.isView(o)) {
      const k = TYPED.findIndex((t) => o instanceof t);
      if (k < 0) throw new SnapshotError(`cannot save a ${o.constructor.name}`);
      const bytes = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
      out.byte(Tag.Typed);
      out.uint(k);
      out.uint((o as unknown as { length: number }).length);
      return out.bytes(bytes.slice());
    }
    if (o instanceof Map) {
      out.byte(Tag.Map);
      out.uint(o.size);
      for (const [k, v] of o) {
        val(k);
        val(v);
      }
      return;
    }
    if (o instanceof Set) {
      out.byte(Tag.Set);
      out.uint(o.size);
      for (const k of o) val(k);
      return;
    }
    const proto = Object.getPrototypeOf(o) as object | null;
    if (proto === Object.prototype) {
      const keys = Object.keys(o);
      out.byte(Tag.Plain);
      out.uint(keys.length);
      for (const k of keys) {
        str(k);
        val((o as Record<string, unknown>)[k]);
      }
      return;
    }
    const ci = proto === null ? undefined : classIx.get(proto);
    if (ci === undefined) throw new SnapshotError(`cannot save an object of class ${o.constructor?.name ?? '?'}`);
    const spec = ctx.classes[ci];
    const tr = spec.transient;
    const keys = tr === undefined ? Object.keys(o) : Object.keys(o).filter((k) => !tr.includes(k));
    const shapeKey = ci + ':' + keys.join(',');
    const sh = shapes.get(shapeKey);
    if (sh !== undefined) {
      out.byte(Tag.Obj);
      out.uint(sh);
    } else {
      shapes.set(shapeKey, shapes.size);
      out.byte(Tag.ObjNew);
      out.uint(ci);
      out.uint(keys.length);
      for (const k of keys) str(k);
    }
    for (const k of keys) val((o as Record<string, unknown>)[k]);
  };

  // A run of fresh cells is written flat (no recursion down long lists):
  // its length, the heads, then the tail.
  const list = (c: Cons): void => {
    const cells: Cons[] = [];
    let t: unknown = c;
    while (t instanceof Cons && !ids.has(t) && ctx.nameOf(t) === null) {
      ids.set(t, nextId++);
      cells.push(t);
      t = t.tail;
    }
    out.byte(Tag.List);
    out.uint(cells.length);
    for (const cell of cells) val(cell.head);
    val(t);
  };

  out.uint(atomCount());
  val(root);
  return out.result();
}

/** The atoms an encoded graph may name: indices below its recorded atom count. */
export function graphAtomCount(bytes: Uint8Array): number {
  return new In(bytes).uint();
}

class In {
  pos = 0;
  private readonly view: DataView;
  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  byte(): number {
    if (this.pos >= this.buf.length) throw new SnapshotError('truncated image');
    return this.buf[this.pos++];
  }
  uint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = this.byte();
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
    }
  }
  f64(): number {
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  take(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) throw new SnapshotError('truncated image');
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
}

/**
 * Decode a graph. `atoms` maps the image's atom indices to this runtime's
 * atoms (the caller interned them in the image's order).
 */
export function decodeGraph(bytes: Uint8Array, ctx: SnapshotContext, atoms: Atom[]): unknown {
  const inp = new In(bytes);
  const objs: unknown[] = [];
  const strs: string[] = [];
  const shapes: { spec: ClassSpec; keys: string[] }[] = [];
  inp.uint(); // the writer's atom count (informational)

  const str = (tag: number): string => {
    if (tag === Tag.Str) {
      const s = strs[inp.uint()];
      if (s === undefined) throw new SnapshotError('bad string reference');
      return s;
    }
    if (tag !== Tag.StrNew) throw new SnapshotError(`expected a string, found tag ${tag}`);
    const s = dec.decode(inp.take(inp.uint()));
    strs.push(s);
    return s;
  };

  const val = (): unknown => {
    const tag = inp.byte();
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int: {
        const z = inp.uint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case Tag.F64:
        return inp.f64();
      case Tag.BigInt: {
        const h = str(inp.byte());
        return h.startsWith('-') ? -BigInt('0x' + h.slice(1)) : BigInt('0x' + h);
      }
      case Tag.Str:
      case Tag.StrNew:
        return str(tag);
      case Tag.Ref: {
        const i = inp.uint();
        if (i >= objs.length) throw new SnapshotError('bad object reference');
        return objs[i];
      }
      case Tag.Atom: {
        const a = atoms[inp.uint()];
        if (a === undefined) throw new SnapshotError('bad atom index');
        return a;
      }
      case Tag.Nil:
        return NIL;
      case Tag.Special: {
        const s = ctx.specials[inp.uint()];
        if (s === undefined) throw new SnapshotError('bad special reference');
        return s;
      }
      case Tag.Named:
        return ctx.byName(str(inp.byte()));
      case Tag.Array: {
        const n = inp.uint();
        const a = new Array<unknown>(n);
        objs.push(a);
        for (let i = 0; i < n; i++) a[i] = val();
        return a;
      }
      case Tag.List: {
        const n = inp.uint();
        const cells: Cons[] = new Array<Cons>(n);
        for (let i = 0; i < n; i++) {
          const c = new Cons(NIL, NIL);
          cells[i] = c;
          objs.push(c);
        }
        for (let i = 0; i < n; i++) cells[i].head = val() as Cons;
        for (let i = 0; i < n - 1; i++) cells[i].tail = cells[i + 1];
        const tail = val() as Cons;
        if (n > 0) cells[n - 1].tail = tail;
        return n > 0 ? cells[0] : tail;
      }
      case Tag.Uint8: {
        const b = inp.take(inp.uint()).slice();
        objs.push(b);
        return b;
      }
      case Tag.Typed: {
        const T = TYPED[inp.uint()];
        if (T === undefined) throw new SnapshotError('bad typed array kind');
        const n = inp.uint();
        const t = new T(n);
        new Uint8Array(t.buffer).set(inp.take(t.byteLength));
        objs.push(t);
        return t;
      }
      case Tag.Map: {
        const m = new Map<unknown, unknown>();
        objs.push(m);
        const n = inp.uint();
        for (let i = 0; i < n; i++) {
          const k = val();
          m.set(k, val());
        }
        return m;
      }
      case Tag.Set: {
        const s = new Set<unknown>();
        objs.push(s);
        const n = inp.uint();
        for (let i = 0; i < n; i++) s.add(val());
        return s;
      }
      case Tag.Plain: {
        const o: Record<string, unknown> = {};
        objs.push(o);
        const n = inp.uint();
        for (let i = 0; i < n; i++) {
          const k = str(inp.byte());
          o[k] = val();
        }
        return o;
      }
      case Tag.ObjNew:
      case Tag.Obj: {
        let shape;
        if (tag === Tag.ObjNew) {
          const spec = ctx.classes[inp.uint()];
          if (spec === undefined) throw new SnapshotError('bad class index');
          const n = inp.uint();
          const keys: string[] = [];
          for (let i = 0; i < n; i++) keys.push(str(inp.byte()));
          shape = { spec, keys };
          shapes.push(shape);
        } else {
          shape = shapes[inp.uint()];
          if (shape === undefined) throw new SnapshotError('bad shape reference');
        }
        const o = shape.spec.make() as Record<string, unknown>;
        objs.push(o);
        for (const k of shape.keys) o[k] = val();
        return o;
      }
      default:
        throw new SnapshotError(`bad tag ${tag}`);
    }
  };
  const root = val();
  if (inp.pos !== bytes.length) throw new SnapshotError('trailing bytes in the image');
  return root;
}
