// The compiling tier: each Erlang function becomes one JavaScript function,
// a `switch (ip)` over its entry points inside a loop, with operands turned
// into array accesses and constants, so V8 sees plain code instead of an
// interpreter's dispatch. A compiled function runs until control leaves it
// (a call or return to another function, a yield, a wait) and answers:
//   0  continue at p.lm/p.ip (the dispatcher in executor.ts picks the code)
//   1  stop: the process yielded, waits or exited (its position is saved)
//   2  run the interpreter from p.ip (an entry point this code lacks)
// Exceptions propagate with p.lm/p.ip naming the faulting instruction.
// The instruction semantics mirror executor.ts's interpreter case by case.

import { toDouble } from '../bifs/erlang_arith.js';
import { Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, Pid, Port, Ref, TRUE, atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { compare, eqArith, eqExact } from '../term/compare.js';
import { Op } from '../loader/opcodes.js';
import { ExtList, FunEntry, Import, Label, Lit, Reg, RegKind, type Instr, type Operand } from '../loader/ir.js';
import { CLASS_ERROR, ErlangException, badarith, error } from './exception.js';
import { CatchMarker, RecvMarker, Status, type Process } from './process.js';
import type { LoadedModule } from './module.js';
import { callNative, invokeFun, invokeMfa, invokeTrap } from './exec_calls.js';
import { Trap } from './trap.js';
import { execMaps } from './exec_maps.js';
import { execBits, isBitsOp, writer as BW } from './exec_bits.js';
import { jitBits } from './jit_bits.js';
import { jitMaps } from './jit_maps.js';
import * as BS from './bitsyntax.js';
import {
  NON_VALUE, bindBif, bindExt, catchEnd, rawRaise, raiseOld, selectVal, traceOf, waitTimeout,
} from './exec_shared.js';

export type JitFn = (p: Process, ip: number) => number;

/** Functions longer than this stay interpreted (V8 would not optimise them anyway). */
const CHUNK = 800;

const A_ERLANG = atom('erlang');

/**
 * A non-tail call into another module's compiled code runs as a nested JS
 * call, so the callee's `return` lands back in the caller's loop without a
 * trip through the dispatcher (Enum with a closure from the caller's module
 * crosses modules twice per element). Bounded by MAX_NEST; the dispatcher
 * resets the depth after an exception, which skips the decrements.
 */
export const nesting = { depth: 0, chunk: 0 };
const MAX_NEST = 40;

// Everything generated code refers to, handed to each compiled function's factory.
const H = {
  NIL, TRUE, FALSE, Atom, Bitstring, Cons, Float, Fun, Pid, Port, Ref, ErlMap,
  compare, eqArith, eqExact, error, badarith, ErlangException, CLASS_ERROR,
  CatchMarker, RecvMarker, Trap, callNative, invokeFun, invokeMfa, invokeTrap,
  execMaps, execBits, NON_VALUE, bindBif, bindExt, catchEnd, rawRaise, raiseOld, selectVal,
  traceOf, waitTimeout, toDouble, BS, BW, JD: nesting,
  A_FUNCTION_CLAUSE: atom('function_clause'),
  A_BADMATCH: atom('badmatch'),
  A_CASE_CLAUSE: atom('case_clause'),
  A_IF_CLAUSE: atom('if_clause'),
  A_TRY_CLAUSE: atom('try_clause'),
  A_BADRECORD: atom('badrecord'),
};
const H_NAMES = Object.keys(H);


const MAXS = '9007199254740991';

/** Fast paths for erlang BIFs in bif/gc_bif instructions: code assigning `r` from u (and v), or null. */
/** BIFs whose bifFast path succeeds exactly when the BIF would: outside it, they raise. */
const GUARD_EXACT = new Set(['tuple_size', 'hd', 'tl', 'element', 'not']);

function bifFast(name: string, arity: number, lits: (Term | undefined)[], slow: string): string | null {
  const num2 = `typeof u === 'number' && typeof v === 'number'`;
  if (arity === 2) {
    const lv = lits[1];
    switch (name) {
      case '+':
        return `if (typeof u !== 'number' || typeof v !== 'number' || (r = u + v) > ${MAXS} || r < -${MAXS}) r = ${slow};`;
      case '-':
        return `if (typeof u !== 'number' || typeof v !== 'number' || (r = u - v) > ${MAXS} || r < -${MAXS}) r = ${slow};`;
      case '*':
        return `if (typeof u !== 'number' || typeof v !== 'number' || (r = u * v + 0) > ${MAXS} || r < -${MAXS}) r = ${slow};`;
      case 'div':
        return `if (${num2} && v !== 0) r = (u - u % v) / v + 0; else r = ${slow};`;
      case 'rem':
        return `if (${num2} && v !== 0) r = u % v + 0; else r = ${slow};`;
      case 'band':
        if (typeof lv === 'number' && lv >= 0 && lv <= 0xffffffff) {
          // any safe integer masked by a 32-bit constant: its low word decides
          return `if (typeof u === 'number') r = (u & v) >>> 0; else r = ${slow};`;
        }
        return `if (${num2} && (u | 0) === u && (v | 0) === v) r = u & v; else r = ${slow};`;
      case 'bor':
      case 'bxor': {
        const o = name === 'bor' ? '|' : '^';
        return `if (${num2} && (u | 0) === u && (v | 0) === v) r = u ${o} v;
          else if (${num2} && (u >>> 0) === u && (v >>> 0) === v) r = (u ${o} v) >>> 0;
          else r = ${slow};`;
      }
      case 'bsl':
        if (typeof lv === 'number' && lv >= 0 && lv <= 52) {
          return `if (typeof u !== 'number' || (r = u * ${2 ** lv}) > ${MAXS} || r < -${MAXS}) r = ${slow};`;
        }
        return null;
      case 'bsr':
        if (typeof lv === 'number' && lv >= 0 && lv <= 31) {
          return `if (typeof u === 'number' && (u | 0) === u) r = u >> v;
            else if (typeof u === 'number' && (u >>> 0) === u) r = u >>> v;
            else r = ${slow};`;
        }
        return null;
      case '<':
        return `r = ${num2} ? (u < v ? TRUE : FALSE) : ${slow};`;
      case '>':
        return `r = ${num2} ? (u > v ? TRUE : FALSE) : ${slow};`;
      case '=<':
        return `r = ${num2} ? (u <= v ? TRUE : FALSE) : ${slow};`;
      case '>=':
        return `r = ${num2} ? (u >= v ? TRUE : FALSE) : ${slow};`;
      case '=:=':
      case '==':
        return `r = u === v ? TRUE : ${slow};`;
      case '=/=':
      case '/=':
        return `r = u === v ? FALSE : ${slow};`;
      case 'element':
        return `if (typeof u === 'number' && Array.isArray(v) && u >= 1 && u <= v.length) r = v[u - 1]; else r = ${slow};`;
    }
    return null;
  }
  if (arity === 1) {
    switch (name) {
      case '-':
        return `r = typeof u === 'number' ? 0 - u : ${slow};`;
      case 'bnot':
        return `r = typeof u === 'number' && (u | 0) === u ? ~u : ${slow};`;
      case 'tuple_size':
        return `r = Array.isArray(u) ? u.length : ${slow};`;
      case 'hd':
        return `r = u instanceof Cons ? u.head : ${slow};`;
      case 'tl':
        return `r = u instanceof Cons ? u.tail : ${slow};`;
      case 'not':
        return `r = u === TRUE ? FALSE : u === FALSE ? TRUE : ${slow};`;
    }
  }
  return null;
}

class Gen {
  private consts: unknown[] = [];
  private constIdx = new Map<unknown, number>();
  private out: string[] = [];
  private entries = new Set<number>();
  private dense = new Int32Array(0);
  private chunkJumps = false;

  constructor(
    private readonly lm: LoadedModule,
    private readonly lo: number,
    private readonly hi: number,
    /** the whole function's range when [lo, hi) is one chunk of it */
    private readonly fnLo = lo,
    private readonly fnHi = hi,
  ) {}

  k(v: unknown): string {
    let i = this.constIdx.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIdx.set(v, i);
    }
    return `k${i}`;
  }

  lit(v: Term): string {
    if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v);
    if (v === NIL) return 'NIL';
    return this.k(v);
  }

  rd(a: Operand): string {
    if (a instanceof Reg) {
      if (a.k === RegKind.X) return `x[${a.n}]`;
      if (a.k === RegKind.Y) return `stack[stack.length - ${a.n + 1}]`;
      return `fr[${a.n}]`;
    }
    if (a instanceof Lit) return this.lit(a.value);
    if (typeof a === 'number') return String(a);
    throw new Error('jit: unreadable operand');
  }

  /** an lvalue for a register operand */
  lv(a: Operand): string {
    const r = a as Reg;
    if (r.k === RegKind.X) return `x[${r.n}]`;
    if (r.k === RegKind.Y) return `stack[stack.length - ${r.n + 1}]`;
    throw new Error('jit: unwritable operand');
  }

  /** the switch's state number of entry point t */
  state(t: number): number {
    const n = this.dense[t - this.lo];
    if (n < 0) throw new Error(`jump to ${t}, which is no entry point`);
    return n;
  }

  strings(): Uint8Array {
    return this.lm.mod.strings;
  }

  inRange(t: number): boolean {
    return t >= this.lo && t < this.hi;
  }

  /** transfer to instruction t (no reduction spent) */
  goto(t: number): string {
    if (this.inRange(t)) return `{ s = ${this.state(t)}; continue; }`;
    if (t >= this.fnLo && t < this.fnHi) return this.chunkGoto(t);
    return `{ p.lm = LM; p.ip = ${t}; return 0; }`;
  }

  /**
   * A jump into another chunk of this function runs that chunk nested
   * (its jumps back here return to this loop), unless a chunk frame is
   * already waiting below (JD.chunk): then that frame takes the jump.
   * Without this, Elixir's String.Unicode.upcase/3 went through the
   * dispatcher twice per character.
   */
  chunkGoto(t: number): string {
    this.chunkJumps = true;
    return `{ p.lm = LM; p.ip = ${t}; s = -1; continue; }`;
  }

  /** the one shared case (state -1) that runs chunkGoto's jumps */
  chunkCase(): string {
    return `case -1:
      if (JD.chunk !== 0 || JD.depth >= ${MAX_NEST}) return 0;
      for (;;) {
        const g = LM.jit[p.ip];
        if (typeof g !== 'function') return 0;
        JD.chunk++; JD.depth++; c = -1;
        const r = g(p, p.ip);
        JD.chunk--; JD.depth--;
        if (r !== 0) return r;
        if (p.lm !== LM) return 0;
        ip = p.ip;
        if (ip >= ${this.lo} && ip < ${this.hi}) { s = D[ip - ${this.lo}]; continue L; }
        if (ip < ${this.fnLo} || ip >= ${this.fnHi}) return 0;
      }`;
  }

  /** a jump whose target is only known at run time */
  gotoDyn(e: string): string {
    return `{ ip = ${e}; if (ip >= ${this.lo} && ip < ${this.hi}) { s = D[ip - ${this.lo}]; continue; } p.lm = LM; p.ip = ip; return 0; }`;
  }

  /**
   * Control is at p.lm/p.ip, in another function (called from instruction
   * k, tail call or not): run its compiled code nested (see nesting) and go
   * on here if control comes back into this code; else leave to the dispatcher.
   * While nested, c = -1 tells the handler below that the callee already
   * saved the faulting position.
   */
  nest(k: number): string {
    return `{ const g = p.lm.jit[p.ip];
      if (typeof g === 'function' && JD.depth < ${MAX_NEST}) {
        JD.depth++; c = -1;
        const r = g(p, p.ip);
        JD.depth--; c = ${k};
        if (r !== 0) return r;
        if (p.lm === LM) ${this.gotoDyn('p.ip')}
      }
      return 0; }`;
  }

  /** a local call's transfer: spend a reduction, then jump or leave */
  callTo(t: number): string {
    return `if (--p.fcalls <= 0) { p.lm = LM; p.ip = ${t}; return 1; } ${this.goto(t)}`;
  }

  pops(n: number): string {
    if (n <= 0) return '';
    // pop is inlined by V8; the length setter is a runtime call (~20 pops)
    if (n <= 6) return 'stack.pop(); '.repeat(n);
    if (n <= 32) return `for (let i = 0; i < ${n}; i++) stack.pop(); `;
    return `stack.length -= ${n}; `;
  }

  generate(): string {
    const code = this.lm.code;
    // entry points: labels, the function start, and continuations after calls
    this.entries.add(this.lo);
    for (let i = this.lo; i < this.hi; i++) {
      const op = code[i].op;
      if (op === Op.label) this.entries.add(i);
      else if (op === Op.call || op === Op.call_ext || op === Op.apply || op === Op.call_fun || op === Op.call_fun2) {
        this.entries.add(i + 1);
      }
    }
    // the switch runs over dense state numbers, not instruction indices, so
    // V8 dispatches through a jump table: over sparse indices it tests the
    // cases one by one, which made big functions (Elixir's String.Unicode)
    // slower compiled than interpreted
    const sorted = [...this.entries].sort((a, b) => a - b);
    this.dense = new Int32Array(this.hi - this.lo).fill(-1);
    sorted.forEach((ip, n) => (this.dense[ip - this.lo] = n));
    for (let i = this.lo; i < this.hi; i++) {
      if (this.entries.has(i)) this.out.push(`case ${this.state(i)}:`);
      this.instr(code[i], i);
    }
    this.out.push(this.hi < this.fnHi ? this.chunkGoto(this.hi) : `p.lm = LM; p.ip = ${this.hi}; return 0;`);
    if (this.chunkJumps) this.out.push(this.chunkCase());
    return this.out.join('\n');
  }

  emit(s: string): void {
    this.out.push(s);
  }

  instr(ins: Instr, k: number): void {
    const a = ins.args;
    const e = (s: string) => this.emit(s);
    const lab = (o: Operand) => (o as Label).index;
    switch (ins.op) {
      case Op.label:
      case Op.line:
      case Op.executable_line:
      case Op.debug_line:
      case Op.test_heap:
      case Op.nif_start:
      case Op.on_load:
      case Op.fclearerror:
      case Op.fcheckerror:
      case Op.recv_mark:
      case Op.recv_set:
        return;
      case Op.func_info:
        return e(`c = ${k}; throw new ErlangException(CLASS_ERROR, A_FUNCTION_CLAUSE);`);

      // ---- calls
      case Op.call:
        return e(`stack.push(LM, ${k + 1}); ${this.callTo(lab(a[1]))}`);
      case Op.call_last:
        return e(`${this.pops(a[2] as number)}${this.callTo(lab(a[1]))}`);
      case Op.call_only:
        return e(this.callTo(lab(a[1])));
      case Op.call_ext:
      case Op.call_ext_last:
      case Op.call_ext_only:
        return this.callExt(ins, k);
      case Op.return:
        return e(`{ const rip = stack.pop(); const rlm = stack.pop();
          if (rlm === LM && rip >= ${this.lo} && rip < ${this.hi}) { ip = rip; s = D[rip - ${this.lo}]; continue; }
          p.lm = rlm; p.ip = rip; return 0; }`);
      case Op.apply:
      case Op.apply_last: {
        const n = a[0] as number;
        const tail = ins.op === Op.apply_last;
        return e(`c = ${k}; ${tail ? this.pops(a[1] as number) : ''}p.lm = LM; p.ip = ${k + 1};
          invokeMfa(p, x[${n}], x[${n + 1}], ${n}, ${tail});
          return --p.fcalls <= 0 ? 1 : 0;`);
      }
      case Op.call_fun:
      case Op.call_fun2: {
        const n = (ins.op === Op.call_fun ? a[0] : a[1]) as number;
        const fn = ins.op === Op.call_fun ? `x[${n}]` : this.rd(a[2]);
        // followed by deallocate + return: a tail call (the BEAM's i_call_fun_last)
        const code = this.lm.code;
        const last = k + 2 < code.length && code[k + 1].op === Op.deallocate && code[k + 2].op === Op.return;
        const drop = last ? this.pops(code[k + 1].args[0] as number) : '';
        return e(`c = ${k}; { const fn = ${fn};
          if (fn instanceof Fun && fn.kind === 0 && fn.arity === ${n} && fn.entry !== null) {
            const ref = fn.entry; const env = fn.env;
            for (let i = 0; i < env.length; i++) x[${n} + i] = env[i];
            ${last ? drop : `stack.push(LM, ${k + 1});`}
            if (--p.fcalls <= 0) { p.lm = ref.lm; p.ip = ref.ip; return 1; }
            ip = ref.ip;
            if (ref.lm === LM && ip >= ${this.lo} && ip < ${this.hi}) { s = D[ip - ${this.lo}]; continue; }
            p.lm = ref.lm; p.ip = ip; ${this.nest(k)}
          }
          p.lm = LM; p.ip = ${k + 1};
          ${drop}invokeFun(p, fn, ${n}, ${last});
          return --p.fcalls <= 0 ? 1 : 0; }`);
      }

      // ---- guard BIFs
      case Op.bif0: {
        const imp = this.k(a[0]);
        return e(`c = ${k}; ${this.lv(a[1])} = (${imp}.target ?? bindBif(p, ${imp}))();`);
      }
      case Op.bif1:
      case Op.gc_bif1:
      case Op.bif2:
      case Op.gc_bif2:
      case Op.gc_bif3: {
        const g = ins.op === Op.gc_bif1 || ins.op === Op.gc_bif2 || ins.op === Op.gc_bif3 ? 1 : 0;
        const n = ins.op === Op.bif1 || ins.op === Op.gc_bif1 ? 1 : ins.op === Op.gc_bif3 ? 3 : 2;
        return this.bif(a, k, g, n);
      }

      // ---- stack frames
      case Op.allocate:
      case Op.allocate_zero:
      case Op.allocate_heap:
      case Op.allocate_heap_zero: {
        const n = a[0] as number;
        if (n === 0) return;
        if (n <= 8) return e(`stack.push(${Array(n).fill('NIL').join(', ')});`);
        return e(`for (let i = 0; i < ${n}; i++) stack.push(NIL);`);
      }
      case Op.deallocate:
      case Op.trim:
        return e(this.pops(a[0] as number));
      case Op.init:
        return e(`${this.lv(a[0])} = NIL;`);
      case Op.init_yregs:
        return e((a[0] as ExtList).items.map((r) => `${this.lv(r)} = NIL;`).join(' '));

      // ---- moves and data construction
      case Op.move:
        return e(`${this.lv(a[1])} = ${this.rd(a[0])};`);
      case Op.swap:
        return e(`{ const t = ${this.rd(a[0])}; ${this.lv(a[0])} = ${this.rd(a[1])}; ${this.lv(a[1])} = t; }`);
      case Op.get_list:
        return e(`{ const l = ${this.rd(a[0])}; ${this.lv(a[1])} = l.head; ${this.lv(a[2])} = l.tail; }`);
      case Op.get_hd:
        return e(`${this.lv(a[1])} = ${this.rd(a[0])}.head;`);
      case Op.get_tl:
        return e(`${this.lv(a[1])} = ${this.rd(a[0])}.tail;`);
      case Op.put_list:
        return e(`${this.lv(a[2])} = new Cons(${this.rd(a[0])}, ${this.rd(a[1])});`);
      case Op.put_tuple2:
        return e(`${this.lv(a[0])} = [${(a[1] as ExtList).items.map((o) => this.rd(o)).join(', ')}];`);
      case Op.get_tuple_element:
        return e(`${this.lv(a[2])} = ${this.rd(a[0])}[${a[1] as number}];`);
      case Op.set_tuple_element:
        return e(`${this.rd(a[1])}[${a[2] as number}] = ${this.rd(a[0])};`);
      case Op.update_record: {
        const items = (a[4] as ExtList).items;
        const sets: string[] = [];
        for (let i = 0; i < items.length; i += 2) {
          const at = items[i]; // an untagged number in the list
          sets.push(`t[${(typeof at === 'number' ? at : (at as Lit).value as number) - 1}] = ${this.rd(items[i + 1])};`);
        }
        return e(`{ const t = ${this.rd(a[2])}.slice(); ${sets.join(' ')} ${this.lv(a[3])} = t; }`);
      }
      case Op.make_fun2:
      case Op.make_fun3: {
        const fe = a[0] as FunEntry;
        const env: string[] = [];
        if (ins.op === Op.make_fun2) for (let i = 0; i < fe.numFree; i++) env.push(`x[${i}]`);
        else for (const o of (a[2] as ExtList).items) env.push(this.rd(o));
        // a fun without free variables is the same immutable term each time:
        // made once, here (Elixir's `&(&1 * 3)`, `&Enum.max/1` in loops)
        const mk = env.length === 0
          ? this.k(new Fun(0, this.lm.name, fe.name, fe.arity, [], fe.index, fe.oldUniq, this.lm.funRef(fe)))
          : `new Fun(0, ${this.k(this.lm.name)}, ${this.k(fe.name)}, ${fe.arity - fe.numFree}, [${env.join(', ')}], ${fe.index}, ${fe.oldUniq}, ${this.k(this.lm.funRef(fe))})`;
        return e(`${ins.op === Op.make_fun2 ? 'x[0]' : this.lv(a[1])} = ${mk};`);
      }

      // ---- tests
      case Op.is_lt:
      case Op.is_ge: {
        const [op, cmp] = ins.op === Op.is_lt ? ['<', '>= 0'] : ['>=', '< 0'];
        return e(`{ const u = ${this.rd(a[1])}, v = ${this.rd(a[2])};
          if (typeof u === 'number' && typeof v === 'number' ? !(u ${op} v) : compare(u, v) ${cmp}) ${this.goto(lab(a[0]))} }`);
      }
      case Op.is_eq:
        return e(`{ const u = ${this.rd(a[1])}, v = ${this.rd(a[2])};
          if (typeof u === 'number' && typeof v === 'number' ? u !== v : !eqArith(u, v)) ${this.goto(lab(a[0]))} }`);
      case Op.is_ne:
        return e(`{ const u = ${this.rd(a[1])}, v = ${this.rd(a[2])};
          if (typeof u === 'number' && typeof v === 'number' ? u === v : eqArith(u, v)) ${this.goto(lab(a[0]))} }`);
      case Op.is_eq_exact:
      case Op.is_ne_exact: {
        const u = this.rd(a[1]), v = this.rd(a[2]);
        const simple = isImmediate(a[1]) || isImmediate(a[2]);
        const eqExpr = simple ? `${u} === ${v}` : `(u === v || eqExact(u, v))`;
        const neg = ins.op === Op.is_eq_exact ? '!' : '';
        if (simple) return e(`if (${neg}(${eqExpr})) ${this.goto(lab(a[0]))}`);
        return e(`{ const u = ${u}, v = ${v}; if (${neg}${eqExpr}) ${this.goto(lab(a[0]))} }`);
      }
      case Op.is_integer:
        return e(`{ const v = ${this.rd(a[1])}; if (typeof v !== 'number' && typeof v !== 'bigint') ${this.goto(lab(a[0]))} }`);
      case Op.is_float:
        return e(`if (!(${this.rd(a[1])} instanceof Float)) ${this.goto(lab(a[0]))}`);
      case Op.is_number:
        return e(`{ const v = ${this.rd(a[1])}; if (typeof v !== 'number' && typeof v !== 'bigint' && !(v instanceof Float)) ${this.goto(lab(a[0]))} }`);
      case Op.is_atom:
        return e(`if (!(${this.rd(a[1])} instanceof Atom)) ${this.goto(lab(a[0]))}`);
      case Op.is_pid:
        return e(`if (!(${this.rd(a[1])} instanceof Pid)) ${this.goto(lab(a[0]))}`);
      case Op.is_reference:
        return e(`if (!(${this.rd(a[1])} instanceof Ref)) ${this.goto(lab(a[0]))}`);
      case Op.is_port:
        return e(`if (!(${this.rd(a[1])} instanceof Port)) ${this.goto(lab(a[0]))}`);
      case Op.is_nil:
        return e(`if (${this.rd(a[1])} !== NIL) ${this.goto(lab(a[0]))}`);
      case Op.is_binary:
        return e(`{ const v = ${this.rd(a[1])}; if (!(v instanceof Bitstring) || (v.bitSize & 7) !== 0) ${this.goto(lab(a[0]))} }`);
      case Op.is_bitstr:
        return e(`if (!(${this.rd(a[1])} instanceof Bitstring)) ${this.goto(lab(a[0]))}`);
      case Op.is_list:
        return e(`{ const v = ${this.rd(a[1])}; if (!(v instanceof Cons) && v !== NIL) ${this.goto(lab(a[0]))} }`);
      case Op.is_nonempty_list:
        return e(`if (!(${this.rd(a[1])} instanceof Cons)) ${this.goto(lab(a[0]))}`);
      case Op.is_tuple:
        return e(`if (!Array.isArray(${this.rd(a[1])})) ${this.goto(lab(a[0]))}`);
      case Op.test_arity:
        return e(`if (${this.rd(a[1])}.length !== ${a[2] as number}) ${this.goto(lab(a[0]))}`);
      case Op.is_tagged_tuple:
        return e(`{ const v = ${this.rd(a[1])}; if (!Array.isArray(v) || v.length !== ${a[2] as number} || v[0] !== ${this.lit((a[3] as Lit).value)}) ${this.goto(lab(a[0]))} }`);
      case Op.is_boolean:
        return e(`{ const v = ${this.rd(a[1])}; if (v !== TRUE && v !== FALSE) ${this.goto(lab(a[0]))} }`);
      case Op.is_function:
        return e(`if (!(${this.rd(a[1])} instanceof Fun)) ${this.goto(lab(a[0]))}`);
      case Op.is_function2:
        return e(`{ const v = ${this.rd(a[1])}, n = ${this.rd(a[2])}; if (!(v instanceof Fun) || v.arity !== n) ${this.goto(lab(a[0]))} }`);
      case Op.is_map:
        return e(`if (!(${this.rd(a[1])} instanceof ErlMap)) ${this.goto(lab(a[0]))}`);
      case Op.select_val:
        return this.selectVal(ins, k);
      case Op.select_tuple_arity: {
        const items = (a[2] as ExtList).items;
        const cases: string[] = [];
        for (let i = 0; i < items.length; i += 2) {
          const ar = items[i];
          cases.push(`case ${typeof ar === 'number' ? ar : ((ar as Lit).value as number)}: ${this.goto(lab(items[i + 1]))}`);
        }
        return e(`{ const v = ${this.rd(a[0])}; switch (Array.isArray(v) ? v.length : -1) { ${cases.join('\n')} } ${this.goto(lab(a[1]))} }`);
      }
      case Op.jump:
        return e(this.goto(lab(a[0])));

      // ---- errors
      case Op.badmatch:
        return e(`c = ${k}; error([A_BADMATCH, ${this.rd(a[0])}]);`);
      case Op.if_end:
        return e(`c = ${k}; error(A_IF_CLAUSE);`);
      case Op.case_end:
        return e(`c = ${k}; error([A_CASE_CLAUSE, ${this.rd(a[0])}]);`);
      case Op.try_case_end:
        return e(`c = ${k}; error([A_TRY_CLAUSE, ${this.rd(a[0])}]);`);
      case Op.badrecord:
        return e(`c = ${k}; error([A_BADRECORD, ${this.rd(a[0])}]);`);

      // ---- exception handlers
      case Op.catch:
      case Op.try:
        return e(`${this.lv(a[0])} = new CatchMarker(LM, ${lab(a[1])}, stack.length);`);
      case Op.try_end:
        return e(`${this.lv(a[0])} = NIL;`);
      case Op.catch_end:
        return e(`c = ${k}; ${this.lv(a[0])} = NIL; catchEnd(x);`);
      case Op.try_case:
        return e(`${this.lv(a[0])} = NIL; x[0] = x[1]; x[1] = x[2]; x[2] = x[3];`);
      case Op.build_stacktrace:
        return e(`c = ${k}; x[0] = traceOf(x[0]);`);
      case Op.raw_raise:
        return e(`c = ${k}; rawRaise(x);`);
      case Op.raise:
        return e(`c = ${k}; raiseOld(${this.rd(a[0])}, ${this.rd(a[1])});`);

      // ---- messages
      case Op.send:
        return e(`c = ${k}; x[0] = p.vm.send(x[0], x[1]);`);
      case Op.loop_rec:
        return e(`{ const m = p.mbox.peek(); if (m === undefined) ${this.goto(lab(a[0]))} x[0] = m; }`);
      case Op.loop_rec_end:
        return e(`p.mbox.advance(); ${this.goto(lab(a[0]))}`);
      case Op.remove_message:
        return e(`c = ${k}; p.mbox.removeCurrent(); if (p.timerActive) p.vm.cancelReceiveTimer(p);`);
      case Op.timeout:
        return e(`p.mbox.resetSave(); p.timerActive = false; p.timedOut = false;`);
      case Op.wait:
        return e(`p.lm = LM; p.ip = ${lab(a[0])}; p.status = ${Status.Waiting}; return 1;`);
      case Op.wait_timeout:
        return e(`c = ${k}; if (waitTimeout(p, ${this.rd(a[1])})) { p.lm = LM; p.ip = ${lab(a[0])}; p.status = ${Status.Waiting}; return 1; }`);
      case Op.recv_marker_reserve:
        return e(`${this.lv(a[0])} = p.mbox.reserveMarker();`);
      case Op.recv_marker_bind:
        return e(`{ const m = ${this.rd(a[0])}; if (m instanceof RecvMarker) m.ref = ${this.rd(a[1])}; }`);
      case Op.recv_marker_use:
        return e(`p.mbox.useMarker(${this.rd(a[0])});`);
      case Op.recv_marker_clear:
        return e(`p.mbox.clearMarker(${this.rd(a[0])});`);

      // ---- floats (float registers hold raw doubles)
      case Op.fmove: {
        const src = a[0], dst = a[1];
        const v = isFr(src) ? this.rd(src) : `${this.rd(src)}.value`;
        if (isFr(dst)) return e(`fr[${(dst as Reg).n}] = ${v};`);
        return e(`${this.lv(dst)} = new Float(${v});`);
      }
      case Op.fconv:
        return e(`c = ${k}; { const v = ${this.rd(a[0])}; fr[${(a[1] as Reg).n}] = typeof v === 'number' ? v : toDouble(v); }`);
      case Op.fnegate:
        return e(`fr[${(a[2] as Reg).n}] = 0 - fr[${(a[1] as Reg).n}];`); // as OTP 25: -(0.0) is +0.0
      case Op.fadd:
      case Op.fsub:
      case Op.fmul:
      case Op.fdiv: {
        const o = ins.op === Op.fadd ? '+' : ins.op === Op.fsub ? '-' : ins.op === Op.fmul ? '*' : '/';
        return e(`c = ${k}; { const r = fr[${(a[1] as Reg).n}] ${o} fr[${(a[2] as Reg).n}]; if (!Number.isFinite(r)) badarith(); fr[${(a[3] as Reg).n}] = r; }`);
      }

      // ---- bit-syntax matching (the same steps as exec_bits.ts, operands resolved here)
      case Op.bs_start_match2:
      case Op.bs_start_match3:
      case Op.bs_start_match4: {
        const src = this.rd(a[ins.op === Op.bs_start_match4 ? 2 : 1]);
        const dst = this.lv(a[ins.op === Op.bs_start_match2 ? 4 : 3]);
        const fail = a[0] instanceof Label ? a[0].index : -1;
        return e(`c = ${k}; { const m = BS.startMatch(${src}); if (m === null) ${fail >= 0 ? this.goto(fail) : this.gotoDyn('-1')} ${dst} = m; }`);
      }
      case Op.bs_get_position:
        return e(`${this.lv(a[1])} = ${this.rd(a[0])}.pos;`);
      case Op.bs_set_position:
        return e(`${this.rd(a[0])}.pos = ${this.rd(a[1])};`);
      case Op.bs_get_tail:
        return e(`c = ${k}; ${this.lv(a[1])} = BS.getTail(${this.rd(a[0])});`);
      case Op.bs_test_tail2:
        return e(`if (!BS.testTail(${this.rd(a[1])}, ${numOp(a[2])})) ${this.goto(lab(a[0]))}`);
      case Op.bs_test_unit:
        return e(`if (!BS.testUnit(${this.rd(a[1])}, ${numOp(a[2])})) ${this.goto(lab(a[0]))}`);
      case Op.bs_skip_bits2:
        return e(`c = ${k}; if (!BS.skipBits(${this.rd(a[1])}, BS.binBits(${this.rd(a[2])}, ${numOp(a[3])}), ${numOp(a[3])})) ${this.goto(lab(a[0]))}`);
      case Op.bs_get_integer2: {
        const flags = BS.fieldFlags(litOp(a[5]));
        return e(`c = ${k}; { const bits = BS.matchBits(${this.rd(a[3])}, ${numOp(a[4])}); if (bits < 0) ${this.goto(lab(a[0]))}
          const v = BS.getInteger(${this.rd(a[1])}, bits, ${flags}); if (v === null) ${this.goto(lab(a[0]))} ${this.lv(a[6])} = v; }`);
      }
      case Op.bs_get_binary2: {
        const unit = numOp(a[4]);
        return e(`c = ${k}; { const bits = BS.binBits(${this.rd(a[3])}, ${unit}); if (bits !== 'all' && bits < 0) ${this.goto(lab(a[0]))}
          const v = BS.getBinary(${this.rd(a[1])}, bits, ${unit}); if (v === null) ${this.goto(lab(a[0]))} ${this.lv(a[6])} = v; }`);
      }
      case Op.bs_match_string:
        return e(`c = ${k}; if (!BS.matchString(${this.rd(a[1])}, LM.mod.strings, ${numOp(a[3])}, ${numOp(a[2])})) ${this.goto(lab(a[0]))}`);

      default:
        if (ins.op >= Op.put_map_assoc && ins.op <= Op.get_map_elements) {
          const js = jitMaps(this, ins, k);
          if (js !== null) return e(js);
          return e(`c = ${k}; { const n = execMaps(p, ${this.k(ins)}, ${k + 1}); if (n !== ${k + 1}) ${this.gotoDyn('n')} }`);
        }
        if (isBitsOp(ins.op)) {
          const js = jitBits(this, ins, k);
          if (js !== null) return e(js);
          return e(`c = ${k}; { const n = execBits(p, LM, ${this.k(ins)}, ${k + 1}); if (n !== ${k + 1}) ${this.gotoDyn('n')} }`);
        }
        // anything else runs in the interpreter
        return e(`p.lm = LM; p.ip = ${k}; return 2;`);
    }
  }

  callExt(ins: Instr, k: number): void {
    const a = ins.args;
    const imp = a[1] as Import;
    const I = this.k(imp);
    const n = imp.arity;
    const args: string[] = [];
    for (let i = 0; i < n; i++) args.push(`x[${i}]`);
    const call = n <= 6 ? `t(${args.join(', ')})` : `callNative(t, x, ${n})`;
    const op = ins.op;
    const dealloc = op === Op.call_ext_last ? this.pops(a[2] as number) : '';
    if (op === Op.call_ext) {
      this.emit(`c = ${k}; { let t = ${I}.target; if (t === null) t = bindExt(p, ${I});
        if (typeof t === 'function') {
          const r = ${call};
          if (r instanceof Trap) {
            p.lm = LM; p.ip = ${k + 1};
            invokeTrap(p, r, false);
            if (p.pendingExit !== null) { p.vm.exitNow(p); return 1; }
            return --p.fcalls <= 0 ? 1 : 0;
          }
          x[0] = r;
          if (p.pendingExit !== null) { p.lm = LM; p.ip = ${k + 1}; p.vm.exitNow(p); return 1; }
          if (--p.fcalls <= 0) { p.lm = LM; p.ip = ${k + 1}; return 1; }
        } else {
          stack.push(LM, ${k + 1});
          p.lm = t.lm; p.ip = t.ip;
          if (--p.fcalls <= 0) return 1;
          ${this.nest(k)}
        } }`);
      return;
    }
    this.emit(`c = ${k}; { let t = ${I}.target; if (t === null) t = bindExt(p, ${I}, true);
      if (typeof t === 'function') {
        const r = ${call};
        ${dealloc}
        if (r instanceof Trap) { p.lm = LM; p.ip = ${k + 1}; invokeTrap(p, r, true); }
        else { x[0] = r; p.ip = stack.pop(); p.lm = stack.pop(); }
        if (p.pendingExit !== null) { p.vm.exitNow(p); return 1; }
        if (--p.fcalls <= 0) return 1;
        if (p.lm === LM) ${this.gotoDyn('p.ip')}
        return 0;
      }
      ${dealloc}
      p.lm = t.lm; p.ip = t.ip;
      if (--p.fcalls <= 0) return 1;
      ${this.nest(k)} }`);
  }

  bif(a: Operand[], k: number, g: number, n: number): void {
    const fail = (a[0] as Label).index;
    const imp = a[1 + g] as Import;
    const I = this.k(imp);
    const names = ['u', 'v', 'w'];
    const decl: string[] = [];
    const lits: (Term | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      const o = a[2 + g + i];
      decl.push(`${names[i]} = ${this.rd(o)}`);
      lits.push(o instanceof Lit ? o.value : undefined);
    }
    const dst = this.lv(a[2 + g + n]);
    const slow = `(${I}.target ?? bindBif(p, ${I}))(${names.slice(0, n).join(', ')})`;
    let body: string | null = null;
    const erl = imp.module === A_ERLANG;
    if (fail >= 0 && erl && GUARD_EXACT.has(imp.name.name)) {
      // a guard whose fast path covers every success: anything else jumps to
      // the fail label with no exception thrown and caught (cerl_trees'
      // tuple_size guards fail that way thousands of times per compile)
      const fast = bifFast(imp.name.name, n, lits, 'undefined');
      if (fast !== null) {
        this.emit(`c = ${k}; { const ${decl.join(', ')}; let r; ${fast} if (r === undefined) ${this.goto(fail)} ${dst} = r; }`);
        return;
      }
    }
    if (erl) body = bifFast(imp.name.name, n, lits, slow);
    if (body === null) body = `r = ${slow};`;
    // a guard: any error jumps to the fail label (the fast paths never throw)
    // (as in the interpreter, failing to bind the BIF itself is no guard failure)
    if (fail >= 0) body = `try { ${body} } catch (e) { if (!(e instanceof ErlangException) || ${I}.target === null) throw e; ${this.goto(fail)} }`;
    this.emit(`c = ${k}; { const ${decl.join(', ')}; let r; ${body} ${dst} = r; }`);
  }

  selectVal(ins: Instr, k: number): void {
    const a = ins.args;
    const items = (a[2] as ExtList).items;
    let plain = true;
    for (let i = 0; i < items.length; i += 2) {
      const v = (items[i] as Lit).value;
      if (!(v instanceof Atom) && typeof v !== 'number' && v !== NIL) plain = false;
    }
    if (!plain) {
      this.emit(`{ const n = selectVal(LM, ${k}, ${this.rd(a[0])}, ${this.k(a)}); ${this.gotoDyn('n')} }`);
      return;
    }
    const cases: string[] = [];
    const seen = new Set<unknown>();
    for (let i = 0; i < items.length; i += 2) {
      const v = (items[i] as Lit).value;
      if (seen.has(v)) continue;
      seen.add(v);
      cases.push(`case ${this.lit(v)}: ${this.goto((items[i + 1] as Label).index)}`);
    }
    this.emit(`switch (${this.rd(a[0])}) { ${cases.join('\n')} } ${this.goto((a[1] as Label).index)}`);
  }

  compile(name: string): JitFn {
    const body = this.generate();
    const kdecl = this.consts.map((_, i) => `k${i} = K[${i}]`);
    const src = `"use strict";
const { ${H_NAMES.join(', ')} } = H;
${kdecl.length > 0 ? `const ${kdecl.join(', ')};` : ''}
return function ${name}(p, ip) {
  const x = p.x, stack = p.stack, fr = p.fr;
  let c = ip, s = D[ip - ${this.lo}];
  try {
    L: for (;;) {
      switch (s) {
${body}
        default:
          p.lm = LM; p.ip = ip; return 2;
      }
    }
  } catch (e) {
    if (c >= 0) { p.lm = LM; p.ip = c; }
    throw e;
  }
};`;
    const factory = new Function('H', 'LM', 'K', 'D', src) as
      (h: unknown, lm: LoadedModule, k: unknown[], d: Int32Array) => JitFn;
    return factory(H, this.lm, this.consts, this.dense);
  }
}

/** an untagged or literal integer operand (sizes, units) as JS source */
function numOp(a: Operand): string {
  return String(typeof a === 'number' ? a : ((a as Lit).value as number));
}

function litOp(a: Operand): Term {
  return typeof a === 'number' ? a : (a as Lit).value;
}

function isFr(a: Operand): boolean {
  return a instanceof Reg && a.k === RegKind.FR;
}

/** a literal whose exact equality is identity: atoms, small integers, [] */
function isImmediate(a: Operand): boolean {
  if (!(a instanceof Lit)) return false;
  const v = a.value;
  return v instanceof Atom || typeof v === 'number' || v === NIL;
}

function jsName(lm: LoadedModule, lo: number): string {
  const f = lm.functionAt(lo + 8);
  const raw = f === null ? `${lm.name.name}_${lo}` : `${lm.name.name}$${f.name.name}$${f.arity}`;
  return 'E_' + raw.replace(/[^A-Za-z0-9_$]/g, '_');
}

let disabled = typeof process !== 'undefined' && process.env?.POPCORN_NOJIT === '1';

/** Compile the function of `lm` spanning [lo, hi); null when it must stay interpreted. */
export function compileRange(
  lm: LoadedModule, lo: number, hi: number, name = jsName(lm, lo), fnLo = lo, fnHi = hi,
): JitFn | null {
  if (disabled) return null;
  const g = new Gen(lm, lo, hi, fnLo, fnHi);
  try {
    return g.compile(name);
  } catch (e) {
    if (typeof process !== 'undefined' && process.env?.POPCORN_JIT_DEBUG === '1') {
      process.stderr.write(`jit: ${lm.name.name}@${lo}: ${(e as Error).message}\n`);
    }
    return null;
  }
}

/**
 * Compile (or mark interpreted) the code of `lm` holding `ip`; the code for
 * `ip`. A function is compiled whole up to CHUNK instructions; a bigger one
 * (Elixir's String.Unicode has functions of ~5000) in pieces of CHUNK, each
 * its own JS function compiled when it gets hot: V8 never optimises one
 * huge function (or takes seconds to), and runs it in its interpreter.
 */
export function compileAt(lm: LoadedModule, ip: number): JitFn | null {
  const r = lm.functionRange(ip);
  if (r === null) {
    lm.jit[ip] = null;
    return null;
  }
  let [lo, hi] = r;
  const [fnLo, fnHi] = r;
  let name = jsName(lm, lo);
  if (hi - lo > CHUNK) {
    const piece = Math.floor((ip - lo) / CHUNK);
    name += `$${piece}`;
    lo += piece * CHUNK;
    hi = Math.min(hi, lo + CHUNK);
  }
  const f = compileRange(lm, lo, hi, name, fnLo, fnHi);
  for (let i = lo; i < hi; i++) lm.jit[i] = f;
  return f;
}

export function setJitEnabled(on: boolean): void {
  disabled = !on;
}
