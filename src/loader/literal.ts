// External-term-format literals (LitT entries, Attr, CInf), decoded by the
// term layer's ETF decoder; its failures become LoadErrors.

import { decodeTerm } from '../term/etf.js';
import { Cursor, LoadError } from './cursor.js';
import { Lit } from './ir.js';
import type { Term } from '../term/types.js';

export function decodeLiteral(bytes: Uint8Array, offset: number, where: string, index = -1): Term {
  try {
    return decodeTerm(bytes, offset).term;
  } catch {
    // the message is built only here: a module has hundreds of literals
    throw new LoadError(`${where}${index >= 0 ? `: literal ${index}` : ''}: malformed external term`);
  }
}

/**
 * The literal table (inflated LitT): <u32 count> { <u32 size> <ETF> }*.
 * Nothing is read until first use: then the table is inflated and split
 * into entries, and each term is decoded the first time code refers to it
 * (an Elixir module's table can be large, and most of it serves functions
 * a program never calls).
 */
export class LiteralTable {
  private data: Uint8Array | null = null;
  /** entry i spans data[starts[i], starts[i + 1] - 4) (4: the next entry's size) */
  private starts: Int32Array | null = null;
  private lits: (Lit | undefined)[] = [];

  constructor(
    /** the inflated table (may throw LoadError) */
    private readonly source: () => Uint8Array,
    private readonly where: string,
  ) {}

  get count(): number {
    return (this.starts ?? this.open()).length - 1;
  }

  /** literal i (i < count) as an operand: one shared Lit per entry */
  lit(i: number): Lit {
    const l = this.lits[i];
    return l !== undefined ? l : this.decode(i);
  }

  term(i: number): Term {
    return this.lit(i).value;
  }

  /** every term, in table order (decoding what is not yet) */
  terms(): Term[] {
    const n = this.count;
    const out: Term[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.lit(i).value;
    return out;
  }

  private open(): Int32Array {
    const data = this.source();
    const d: Cursor = new Cursor(data, 0, data.length, this.where);
    const n = d.count('literal', 5);
    const starts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const len = d.u32();
      d.need(len);
      starts[i] = d.pos;
      d.pos += len;
    }
    starts[n] = d.pos + 4;
    this.data = data;
    this.lits = new Array(n).fill(undefined);
    return (this.starts = starts);
  }

  private decode(i: number): Lit {
    const starts = this.starts ?? this.open();
    const bytes = this.data!.subarray(starts[i], starts[i + 1] - 4);
    const l = new Lit(decodeLiteral(bytes, 0, this.where, i));
    this.lits[i] = l;
    return l;
  }
}

const EMPTY_TABLE = new Uint8Array(4);
export const NO_LITERALS = new LiteralTable(() => EMPTY_TABLE, 'LitT');
