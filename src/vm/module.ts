// A module as the VM holds it: the loader's decoded form plus what the
// executor caches beside it, and the code-address queries stack traces need
// (which function holds an instruction, which source line it came from).

import { atom, Fun, type Atom, type Term } from '../term/types.js';
import { Instr, OP_UNDECODED, type FunctionInfo, type Module, type FunEntry } from '../loader/ir.js';
import { Op } from '../loader/opcodes.js';
import type { JitFn } from './jit.js';

/** A resolved code position for local funs (Fun.entry). */
export class FunRef {
  constructor(
    readonly lm: LoadedModule,
    readonly ip: number,
    readonly entry: FunEntry,
  ) {}
}

export class LoadedModule {
  readonly name: Atom;
  readonly code: Instr[];
  /** per-instruction caches (e.g. select_val lookup maps), filled lazily */
  readonly aux: unknown[];
  private funRefs: (FunRef | undefined)[] = [];
  /**
   * Compiled code by instruction index: the JS function of the Erlang
   * function holding it, null when it runs interpreted, undefined until
   * first reached (compilation is lazy, one function at a time).
   */
  readonly jit: (JitFn | null | undefined)[];
  /** how often the dispatcher entered each instruction while it had no code (tiering) */
  readonly heat: Uint16Array;
  /** first instruction of each function (its leading labels and line), ascending */
  private starts: Int32Array | null = null;

  constructor(readonly mod: Module) {
    this.name = mod.name;
    this.code = mod.code;
    // filled up front: an array assigned at scattered indices turns into a
    // dictionary, and the dispatcher reads jit[ip] on every call and return
    // (fill, not a push loop: several times faster while start-up runs unoptimised)
    const n = mod.code.length;
    this.aux = new Array(n).fill(undefined);
    this.jit = new Array(n).fill(undefined);
    this.heat = new Uint16Array(mod.code.length);
  }

  /**
   * Build the instructions of the function holding `ip` if the module was
   * loaded lazily and they are not yet (code[ip] is UNDECODED). A module
   * that cannot be decoded here is a LoadError (the load checked it all
   * but its literal terms).
   */
  decodeAt(ip: number): void {
    const lazy = this.mod.lazy;
    if (lazy !== undefined) lazy.decodeAt(ip);
  }

  /**
   * The code range [from, to) of the function holding `ip`, or null outside
   * every function. Its instructions are decoded: callers read them.
   */
  functionRange(ip: number): [number, number] | null {
    const st = this.functionStarts();
    let lo = 0;
    let hi = st.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (st[mid] <= ip) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (idx < 0 || ip >= this.code.length) return null;
    if (this.mod.lazy !== undefined) {
      try {
        this.mod.lazy.decodeAt(ip);
      } catch {
        // left UNDECODED: the interpreter meets it and raises the error in the process
      }
    }
    return [st[idx], idx + 1 < st.length ? st[idx + 1] : this.code.length];
  }

  private functionStarts(): Int32Array {
    if (this.starts !== null) return this.starts;
    if (this.mod.lazy !== undefined) return (this.starts = this.mod.lazy.functionStarts);
    const fs = this.mod.functions;
    const code = this.code;
    const st = new Int32Array(fs.length);
    for (let i = 0; i < fs.length; i++) {
      let s = fs[i].funcInfo;
      while (s > 0 && (code[s - 1].op === Op.label || code[s - 1].op === Op.line)) s--;
      st[i] = s;
    }
    this.starts = st;
    return st;
  }

  funRef(e: FunEntry): FunRef {
    let r = this.funRefs[e.index];
    if (r === undefined) {
      r = new FunRef(this, e.label, e);
      this.funRefs[e.index] = r;
    }
    return r;
  }

  /** the function whose code holds instruction `ip` (null for the VM's internal code) */
  functionAt(ip: number): FunctionInfo | null {
    const fs = this.mod.functions;
    let lo = 0;
    let hi = fs.length - 1;
    let best: FunctionInfo | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fs[mid].funcInfo <= ip) {
        best = fs[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** the source location of instruction `ip`: the nearest `line` before it */
  lineAt(ip: number): { file: string; line: number } | null {
    const code = this.code;
    for (let i = ip; i >= 0; i--) {
      let ins = code[i];
      if (ins.op === OP_UNDECODED) {
        // stack traces look here: a module that fails to decode has no lines
        try {
          this.decodeAt(i);
        } catch {
          return null;
        }
        ins = code[i];
      }
      if (ins.op === Op.line) {
        const idx = ins.args[0] as number;
        const l = this.mod.lines[idx];
        if (l === undefined || l.line === 0 && l.file === '') return null;
        return l;
      }
    }
    return null;
  }
}

// Internal opcodes of the VM's own trampoline code (beyond genop.tab's range).
export const OP_APPLY3 = 250;
export const OP_APPLY2 = 251;
export const OP_EXIT_NORMAL = 252;

/**
 * The trampoline every process starts in: ip 0 applies x0:x1(x2), ip 2
 * applies fun x0 to list x1; each returns to an instruction ending the
 * process normally.
 */
export function makeTrampoline(): LoadedModule {
  const mod: Module = {
    name: atom('$popcorn_trampoline'),
    code: [
      new Instr(OP_APPLY3, []),
      new Instr(OP_EXIT_NORMAL, []),
      new Instr(OP_APPLY2, []),
      new Instr(OP_EXIT_NORMAL, []),
    ],
    labels: new Int32Array(0),
    exports: new Map(),
    functions: [],
    imports: [],
    funs: [],
    literals: [],
    strings: new Uint8Array(0),
    lines: [],
    attributes: [] as unknown as Term,
    compileInfo: [] as unknown as Term,
    types: [],
    md5: new Uint8Array(16),
  };
  return new LoadedModule(mod);
}

/** Arity a fun is called with. */
export function funArity(f: Fun): number {
  return f.arity;
}
