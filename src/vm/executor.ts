// Running a process: the dispatcher hands control to each function's
// compiled code (jit.ts) or, for code not (yet) compiled, to the interpreter
// here: one switch over genop opcodes, rare families in exec_*.ts. Locals
// lm/code/ip hold the position; p.lm/p.ip are written back whenever control
// leaves the current function or a helper needs them. Erlang exceptions are
// traced and resumed at the nearest catch marker on the stack (unwind).
// The two tiers must give every instruction the same meaning: a change to
// one opcode here needs the same change in jit.ts.

import {
  Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, Pid, Port, Ref, TRUE, atom, type Term,
} from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { compare, eqArith, eqExact } from '../term/compare.js';
import { stringToList } from '../term/list.js';
import { Op, opName } from '../loader/opcodes.js';
import { ExtList, Import, Label, Lit, OP_UNDECODED, Reg, type FunEntry, type Operand } from '../loader/ir.js';
import type { Native } from '../bifs/registry.js';
import { CLASS_ERROR, CLASS_EXIT, CLASS_THROW, ErlangException, error } from './exception.js';
import { CatchMarker, RecvMarker, Status, type Process } from './process.js';
import { LoadedModule, OP_APPLY2, OP_APPLY3, OP_EXIT_NORMAL } from './module.js';
import { rd, wr } from './operands.js';
import { ExportRef, callNative, invokeFun, invokeMfa, invokeTrap, undefException, argList } from './exec_calls.js';
import { Trap } from './trap.js';
import { buildStacktrace } from './stacktrace.js';
import { setCurrent } from './context.js';
import { NON_VALUE, bindBif, rawRaise, selectVal, traceOf } from './exec_shared.js';
import { compileAt, nesting } from './jit.js';
import { execMaps } from './exec_maps.js';
import { execBits, isBitsOp } from './exec_bits.js';
import { execFloat } from './exec_float.js';

export { NON_VALUE };

const A_BADMATCH = atom('badmatch');
const A_CASE_CLAUSE = atom('case_clause');
const A_IF_CLAUSE = atom('if_clause');
const A_TRY_CLAUSE = atom('try_clause');
const A_BADRECORD = atom('badrecord');
const A_FUNCTION_CLAUSE = atom('function_clause');
const A_INFINITY = atom('infinity');
const A_TIMEOUT_VALUE = atom('timeout_value');
const A_NOCATCH = atom('nocatch');
const A_EXIT = atom('EXIT');
const A_NORMAL = atom('normal');

function label(a: Operand): number {
  return (a as Label).index;
}

/**
 * Run process p until it yields, waits or exits. Control moves between the
 * compiled code of each function (jit.ts) and, where a function has none,
 * the interpreter below; each answers 0 (go on at p.lm/p.ip), 1 (stop) or
 * 2 (interpret from p.ip).
 */
/** Entries into a function's code (at one entry point) before it is compiled. */
let JIT_HEAT = Number(globalThis.process?.env?.POPCORN_JIT_HEAT ?? 20);

/** Set how often code runs interpreted before it is compiled (1: compile on first entry). */
export function setJitHeat(n: number): void {
  JIT_HEAT = n;
}

export function execute(p: Process): void {
  setCurrent(p);
  let interp = false;
  for (;;) {
    let r: number;
    if (interp) r = interpret(p);
    else {
      const lm = p.lm;
      const ip = p.ip;
      let f = lm.jit[ip];
      // code reached fewer than JIT_HEAT times runs interpreted: compiling
      // costs more than it saves for code that boot runs once
      if (f === undefined && ++lm.heat[ip] >= JIT_HEAT) f = compileAt(lm, ip);
      if (f == null) r = interpret(p);
      else {
        try {
          r = f(p, ip);
        } catch (e) {
          // compiled code left p.lm/p.ip at the faulting instruction
          nesting.depth = 0;
          nesting.chunk = 0;
          r = unwind(p, e, p.lm, p.ip) ? 0 : 1;
        }
      }
    }
    if (r === 1) return;
    interp = r === 2;
  }
}

/**
 * The interpreter: runs from p.lm/p.ip until control leaves the current
 * function (answers 0 with the position saved) or the process stops (1).
 */
function interpret(p: Process): number {
  const vm = p.vm;
  const x = p.x;
  const stack = p.stack;
  let lm = p.lm;
  let code = lm.code;
  let ip = p.ip;
  {
    try {
      for (;;) {
        const ins = code[ip++];
        const a = ins.args;
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
            break;
          case Op.func_info:
            throw new ErlangException(CLASS_ERROR, A_FUNCTION_CLAUSE);

          // ---- calls (each spends a reduction; preempt at zero)
          case Op.call:
            stack.push(lm, ip);
            ip = label(a[1]);
            p.lm = lm;
            p.ip = ip;
            return --p.fcalls <= 0 ? 1 : 0;
          case Op.call_last: {
            const n = a[2] as number;
            stack.length -= n;
            ip = label(a[1]);
            p.lm = lm;
            p.ip = ip;
            return --p.fcalls <= 0 ? 1 : 0;
          }
          case Op.call_only:
            ip = label(a[1]);
            p.lm = lm;
            p.ip = ip;
            return --p.fcalls <= 0 ? 1 : 0;
          case Op.call_ext:
          case Op.call_ext_last:
          case Op.call_ext_only: {
            const imp = a[1] as Import;
            let t = imp.target;
            if (t === null) {
              t = vm.resolve(imp.module, imp.name, imp.arity);
              if (t === null) throw undefException(imp.module, imp.name, x.slice(0, imp.arity), ins.op !== Op.call_ext);
              imp.target = t;
            }
            const op = ins.op;
            if (typeof t === 'function') {
              const r = callNative(t as Native, x, imp.arity);
              if (op === Op.call_ext_last) {
                const n = a[2] as number;
                stack.length -= n;
              }
              if (r instanceof Trap) {
                p.lm = lm;
                p.ip = ip;
                invokeTrap(p, r as Trap, op !== Op.call_ext);
                lm = p.lm;
                code = lm.code;
                ip = p.ip;
              } else {
                x[0] = r;
                if (op !== Op.call_ext) {
                  ip = stack.pop() as number;
                  lm = stack.pop() as LoadedModule;
                  code = lm.code;
                }
              }
              if (p.pendingExit !== null) {
                p.lm = lm;
                p.ip = ip;
                vm.exitNow(p);
                return 1;
              }
            } else {
              const e = t as ExportRef;
              if (op === Op.call_ext) stack.push(lm, ip);
              else if (op === Op.call_ext_last) {
                const n = a[2] as number;
                stack.length -= n;
              }
              lm = e.lm;
              code = lm.code;
              ip = e.ip;
            }
            p.lm = lm;
            p.ip = ip;
            return --p.fcalls <= 0 ? 1 : 0;
          }
          case Op.return:
            p.ip = stack.pop() as number;
            p.lm = stack.pop() as LoadedModule;
            return 0;
          case Op.apply:
          case Op.apply_last: {
            const n = a[0] as number;
            const tail = ins.op === Op.apply_last;
            if (tail) {
              const d = a[1] as number;
              stack.length -= d;
            }
            p.lm = lm;
            p.ip = ip;
            invokeMfa(p, x[n], x[n + 1], n, tail);
            return --p.fcalls <= 0 ? 1 : 0;
          }
          case Op.call_fun:
          case Op.call_fun2: {
            let n: number;
            let fn: Term;
            if (ins.op === Op.call_fun) {
              n = a[0] as number;
              fn = x[n];
            } else {
              n = a[1] as number;
              fn = rd(a[2], x, stack);
            }
            // call_fun + deallocate + return is a tail call, as the BEAM's
            // loader makes it (i_call_fun_last): no frame is left behind
            const nx = code[ip];
            const last = nx.op === Op.deallocate && code[ip + 1].op === Op.return;
            // fast path: a local closure whose code is already resolved
            if (fn instanceof Fun && fn.kind === 0 && fn.arity === n && fn.entry !== null) {
              const ref = fn.entry as { lm: LoadedModule; ip: number };
              const env = fn.env;
              for (let i = 0; i < env.length; i++) x[n + i] = env[i];
              if (last) stack.length -= nx.args[0] as number;
              else stack.push(lm, ip);
              lm = ref.lm;
              code = lm.code;
              ip = ref.ip;
            } else {
              p.lm = lm;
              p.ip = ip;
              if (last) stack.length -= nx.args[0] as number;
              invokeFun(p, fn, n, last);
              lm = p.lm;
              code = lm.code;
              ip = p.ip;
            }
            p.lm = lm;
            p.ip = ip;
            return --p.fcalls <= 0 ? 1 : 0;
          }

          // ---- guard BIFs: jump to the fail label on any error when there is one
          case Op.bif0: {
            const imp = a[0] as Import;
            const fn = (imp.target ?? bindBif(p, imp)) as Native;
            wr(a[1], fn(), x, stack);
            break;
          }
          case Op.bif1:
          case Op.gc_bif1: {
            const g = ins.op === Op.gc_bif1 ? 1 : 0;
            const fail = label(a[0]);
            const imp = a[1 + g] as Import;
            const fn = (imp.target ?? bindBif(p, imp)) as Native;
            const v = rd(a[2 + g], x, stack);
            if (fail < 0) wr(a[3 + g], fn(v), x, stack);
            else {
              let r: Term;
              try {
                r = fn(v);
              } catch (e) {
                if (!(e instanceof ErlangException)) throw e;
                ip = fail;
                break;
              }
              wr(a[3 + g], r, x, stack);
            }
            break;
          }
          case Op.bif2:
          case Op.gc_bif2: {
            const g = ins.op === Op.gc_bif2 ? 1 : 0;
            const fail = label(a[0]);
            const imp = a[1 + g] as Import;
            const fn = (imp.target ?? bindBif(p, imp)) as Native;
            const v1 = rd(a[2 + g], x, stack);
            const v2 = rd(a[3 + g], x, stack);
            if (fail < 0) wr(a[4 + g], fn(v1, v2), x, stack);
            else {
              let r: Term;
              try {
                r = fn(v1, v2);
              } catch (e) {
                if (!(e instanceof ErlangException)) throw e;
                ip = fail;
                break;
              }
              wr(a[4 + g], r, x, stack);
            }
            break;
          }
          case Op.gc_bif3: {
            const fail = label(a[0]);
            const imp = a[2] as Import;
            const fn = (imp.target ?? bindBif(p, imp)) as Native;
            const v1 = rd(a[3], x, stack);
            const v2 = rd(a[4], x, stack);
            const v3 = rd(a[5], x, stack);
            if (fail < 0) wr(a[6], fn(v1, v2, v3), x, stack);
            else {
              let r: Term;
              try {
                r = fn(v1, v2, v3);
              } catch (e) {
                if (!(e instanceof ErlangException)) throw e;
                ip = fail;
                break;
              }
              wr(a[6], r, x, stack);
            }
            break;
          }

          // ---- stack frames
          case Op.allocate:
          case Op.allocate_zero:
          case Op.allocate_heap:
          case Op.allocate_heap_zero: {
            // slots start as [] so a stale catch marker or return address is never seen
            const n = a[0] as number;
            for (let i = 0; i < n; i++) stack.push(NIL);
            break;
          }
          case Op.deallocate: {
            const n = a[0] as number;
            stack.length -= n;
            break;
          }
          case Op.trim: {
            const n = a[0] as number;
            stack.length -= n;
            break;
          }
          case Op.init:
            wr(a[0], NIL, x, stack);
            break;
          case Op.init_yregs: {
            const items = (a[0] as ExtList).items;
            for (let i = 0; i < items.length; i++) wr(items[i], NIL, x, stack);
            break;
          }

          // ---- moves and data construction
          case Op.move:
            wr(a[1], rd(a[0], x, stack), x, stack);
            break;
          case Op.swap: {
            const v0 = rd(a[0], x, stack);
            wr(a[0], rd(a[1], x, stack), x, stack);
            wr(a[1], v0, x, stack);
            break;
          }
          case Op.get_list: {
            const c = rd(a[0], x, stack) as Cons;
            wr(a[1], c.head, x, stack);
            wr(a[2], c.tail, x, stack);
            break;
          }
          case Op.get_hd:
            wr(a[1], (rd(a[0], x, stack) as Cons).head, x, stack);
            break;
          case Op.get_tl:
            wr(a[1], (rd(a[0], x, stack) as Cons).tail, x, stack);
            break;
          case Op.put_list:
            wr(a[2], new Cons(rd(a[0], x, stack), rd(a[1], x, stack)), x, stack);
            break;
          case Op.put_tuple2: {
            const items = (a[1] as ExtList).items;
            const t: Term[] = new Array(items.length);
            for (let i = 0; i < items.length; i++) t[i] = rd(items[i], x, stack);
            wr(a[0], t, x, stack);
            break;
          }
          case Op.get_tuple_element:
            wr(a[2], (rd(a[0], x, stack) as Term[])[a[1] as number], x, stack);
            break;
          case Op.set_tuple_element:
            (rd(a[1], x, stack) as Term[])[a[2] as number] = rd(a[0], x, stack);
            break;
          case Op.update_record: {
            const src = rd(a[2], x, stack) as Term[];
            const t = src.slice();
            const items = (a[4] as ExtList).items;
            for (let i = 0; i < items.length; i += 2) {
              // The index is an untagged number operand in the list.
              const at = items[i];
              t[(typeof at === 'number' ? at : (at as Lit).value as number) - 1] = rd(items[i + 1], x, stack);
            }
            wr(a[3], t, x, stack);
            break;
          }
          case Op.make_fun2:
          case Op.make_fun3: {
            const e = a[0] as FunEntry;
            const env: Term[] = [];
            if (ins.op === Op.make_fun2) {
              for (let i = 0; i < e.numFree; i++) env.push(x[i]);
            } else {
              const items = (a[2] as ExtList).items;
              for (let i = 0; i < items.length; i++) env.push(rd(items[i], x, stack));
            }
            const f = new Fun(0, lm.name, e.name, e.arity - e.numFree, env, e.index, e.oldUniq, lm.funRef(e));
            if (ins.op === Op.make_fun2) x[0] = f;
            else wr(a[1], f, x, stack);
            break;
          }

          // ---- tests: fall through when true, jump to the label when false
          case Op.is_lt: {
            const u = rd(a[1], x, stack);
            const v = rd(a[2], x, stack);
            if (typeof u === 'number' && typeof v === 'number' ? !(u < v) : compare(u, v) >= 0) ip = label(a[0]);
            break;
          }
          case Op.is_ge: {
            const u = rd(a[1], x, stack);
            const v = rd(a[2], x, stack);
            if (typeof u === 'number' && typeof v === 'number' ? !(u >= v) : compare(u, v) < 0) ip = label(a[0]);
            break;
          }
          case Op.is_eq:
            if (!eqArith(rd(a[1], x, stack), rd(a[2], x, stack))) ip = label(a[0]);
            break;
          case Op.is_ne:
            if (eqArith(rd(a[1], x, stack), rd(a[2], x, stack))) ip = label(a[0]);
            break;
          case Op.is_eq_exact: {
            const u = rd(a[1], x, stack);
            const v = rd(a[2], x, stack);
            if (u !== v && !eqExact(u, v)) ip = label(a[0]);
            break;
          }
          case Op.is_ne_exact: {
            const u = rd(a[1], x, stack);
            const v = rd(a[2], x, stack);
            if (u === v || eqExact(u, v)) ip = label(a[0]);
            break;
          }
          case Op.is_integer: {
            const v = rd(a[1], x, stack);
            if (typeof v !== 'number' && typeof v !== 'bigint') ip = label(a[0]);
            break;
          }
          case Op.is_float:
            if (!(rd(a[1], x, stack) instanceof Float)) ip = label(a[0]);
            break;
          case Op.is_number: {
            const v = rd(a[1], x, stack);
            if (typeof v !== 'number' && typeof v !== 'bigint' && !(v instanceof Float)) ip = label(a[0]);
            break;
          }
          case Op.is_atom:
            if (!(rd(a[1], x, stack) instanceof Atom)) ip = label(a[0]);
            break;
          case Op.is_pid:
            if (!(rd(a[1], x, stack) instanceof Pid)) ip = label(a[0]);
            break;
          case Op.is_reference:
            if (!(rd(a[1], x, stack) instanceof Ref)) ip = label(a[0]);
            break;
          case Op.is_port:
            if (!(rd(a[1], x, stack) instanceof Port)) ip = label(a[0]);
            break;
          case Op.is_nil:
            if (rd(a[1], x, stack) !== NIL) ip = label(a[0]);
            break;
          case Op.is_binary: {
            const v = rd(a[1], x, stack);
            if (!(v instanceof Bitstring) || (v.bitSize & 7) !== 0) ip = label(a[0]);
            break;
          }
          case Op.is_bitstr:
            if (!(rd(a[1], x, stack) instanceof Bitstring)) ip = label(a[0]);
            break;
          case Op.is_list: {
            const v = rd(a[1], x, stack);
            if (!(v instanceof Cons) && v !== NIL) ip = label(a[0]);
            break;
          }
          case Op.is_nonempty_list:
            if (!(rd(a[1], x, stack) instanceof Cons)) ip = label(a[0]);
            break;
          case Op.is_tuple:
            if (!Array.isArray(rd(a[1], x, stack))) ip = label(a[0]);
            break;
          case Op.test_arity: {
            const v = rd(a[1], x, stack);
            if ((v as Term[]).length !== (a[2] as number)) ip = label(a[0]);
            break;
          }
          case Op.is_tagged_tuple: {
            const v = rd(a[1], x, stack);
            if (!Array.isArray(v) || v.length !== (a[2] as number) || v[0] !== (a[3] as Lit).value) ip = label(a[0]);
            break;
          }
          case Op.is_boolean: {
            const v = rd(a[1], x, stack);
            if (v !== TRUE && v !== FALSE) ip = label(a[0]);
            break;
          }
          case Op.is_function:
            if (!(rd(a[1], x, stack) instanceof Fun)) ip = label(a[0]);
            break;
          case Op.is_function2: {
            const v = rd(a[1], x, stack);
            const n = rd(a[2], x, stack);
            if (!(v instanceof Fun) || v.arity !== n) ip = label(a[0]);
            break;
          }
          case Op.is_map:
            if (!(rd(a[1], x, stack) instanceof ErlMap)) ip = label(a[0]);
            break;
          case Op.select_val:
            ip = selectVal(lm, ip - 1, rd(a[0], x, stack), a);
            break;
          case Op.select_tuple_arity: {
            const v = rd(a[0], x, stack);
            ip = label(a[1]);
            if (Array.isArray(v)) {
              const items = (a[2] as ExtList).items;
              for (let i = 0; i < items.length; i += 2) {
                // the loader gives arities as untagged integers (plain numbers)
                const arity = items[i];
                if ((typeof arity === 'number' ? arity : (arity as Lit).value) === v.length) {
                  ip = label(items[i + 1]);
                  break;
                }
              }
            }
            break;
          }
          case Op.jump:
            ip = label(a[0]);
            break;

          // ---- errors
          case Op.badmatch:
            error([A_BADMATCH, rd(a[0], x, stack)]);
          case Op.if_end:
            error(A_IF_CLAUSE);
          case Op.case_end:
            error([A_CASE_CLAUSE, rd(a[0], x, stack)]);
          case Op.try_case_end:
            error([A_TRY_CLAUSE, rd(a[0], x, stack)]);
          case Op.badrecord:
            error([A_BADRECORD, rd(a[0], x, stack)]);

          // ---- exception handlers
          case Op.catch:
          case Op.try:
            wr(a[0], new CatchMarker(lm, label(a[1]), stack.length), x, stack);
            break;
          case Op.try_end:
            wr(a[0], NIL, x, stack);
            break;
          case Op.catch_end: {
            wr(a[0], NIL, x, stack);
            if (x[0] === NON_VALUE) {
              const cls = x[1];
              if (cls === CLASS_THROW) x[0] = x[2];
              else if (cls === CLASS_ERROR) x[0] = [A_EXIT, [x[2], traceOf(x[3])]];
              else x[0] = [A_EXIT, x[2]];
            }
            break;
          }
          case Op.try_case:
            wr(a[0], NIL, x, stack);
            x[0] = x[1];
            x[1] = x[2];
            x[2] = x[3];
            break;
          case Op.build_stacktrace:
            x[0] = traceOf(x[0]);
            break;
          case Op.raw_raise:
            rawRaise(x);
            break;
          case Op.raise: {
            // old form: raise Stacktrace Value, the class comes from the raw trace
            const raw = rd(a[0], x, stack) as unknown;
            const cls = raw instanceof ErlangException ? raw.cls : CLASS_ERROR;
            const e = new ErlangException(cls, rd(a[1], x, stack));
            e.stacktrace = traceOf(raw as Term);
            throw e;
          }

          // ---- messages
          case Op.send:
            x[0] = vm.send(x[0], x[1]);
            break;
          case Op.loop_rec: {
            const m = p.mbox.peek();
            if (m === undefined) ip = label(a[0]);
            else x[0] = m;
            break;
          }
          case Op.loop_rec_end:
            p.mbox.advance();
            ip = label(a[0]);
            break;
          case Op.remove_message:
            p.mbox.removeCurrent();
            if (p.timerActive) vm.cancelReceiveTimer(p);
            break;
          case Op.timeout:
            p.mbox.resetSave();
            p.timerActive = false;
            p.timedOut = false;
            break;
          case Op.wait:
            p.lm = lm;
            p.ip = label(a[0]);
            p.status = Status.Waiting;
            return 1;
          case Op.wait_timeout: {
            if (p.timedOut) {
              p.timedOut = false;
              break; // on to `timeout`
            }
            if (!p.timerActive) {
              const t = rd(a[1], x, stack);
              if (t !== A_INFINITY) {
                if (typeof t === 'number' && t >= 0) {
                  if (t === 0) break;
                  vm.armReceiveTimer(p, t);
                } else if (typeof t === 'bigint' && t > 0n) {
                  vm.armReceiveTimer(p, 2 ** 31);
                } else error(A_TIMEOUT_VALUE);
              }
            }
            p.lm = lm;
            p.ip = label(a[0]);
            p.status = Status.Waiting;
            return 1;
          }
          case Op.recv_marker_reserve:
            wr(a[0], p.mbox.reserveMarker(), x, stack);
            break;
          case Op.recv_marker_bind: {
            const m = rd(a[0], x, stack) as unknown;
            if (m instanceof RecvMarker) m.ref = rd(a[1], x, stack);
            break;
          }
          case Op.recv_marker_use:
            p.mbox.useMarker(rd(a[0], x, stack));
            break;
          case Op.recv_marker_clear:
            p.mbox.clearMarker(rd(a[0], x, stack));
            break;

          // ---- the VM's trampoline
          case OP_APPLY3:
            p.lm = lm;
            p.ip = ip;
            {
              const args = argList(x[2]);
              const m = x[0];
              const f = x[1];
              for (let i = 0; i < args.length; i++) x[i] = args[i];
              invokeMfa(p, m, f, args.length, false);
            }
            return 0;
          case OP_APPLY2:
            p.lm = lm;
            p.ip = ip;
            {
              const args = argList(x[1]);
              const f = x[0];
              for (let i = 0; i < args.length; i++) x[i] = args[i];
              invokeFun(p, f, args.length, false);
            }
            return 0;
          case OP_EXIT_NORMAL:
            p.lm = lm;
            p.ip = ip - 1;
            vm.processExit(p, A_NORMAL, null);
            return 1;

          default:
            if (ins.op >= Op.put_map_assoc && ins.op <= Op.get_map_elements) {
              ip = execMaps(p, ins, ip);
            } else if (ins.op >= Op.fmove && ins.op <= Op.fnegate) {
              execFloat(p, ins);
            } else if (isBitsOp(ins.op)) {
              ip = execBits(p, lm, ins, ip);
            } else if (ins.op === OP_UNDECODED) {
              // a lazily loaded function's first run: build its code, then run it
              lm.decodeAt(ip - 1);
              ip--;
            } else {
              throw new Error(`unsupported opcode ${ins.op} (${opName(ins.op)}) in module ${lm.name.name}`);
            }
        }
      }
    } catch (e) {
      return unwind(p, e, lm, ip - 1) ? 0 : 1;
    }
  }
}

/**
 * An exception raised at instruction `at` of lm: fill in its trace, then
 * resume at the nearest catch marker on the stack (true) or end the
 * process (false).
 */
function unwind(p: Process, e: unknown, lm: LoadedModule, at: number): boolean {
  const exc = toErlang(e);
  if (exc.stacktrace === null) annotate(exc, p, lm, lm.code, at);
  const stack = p.stack;
  let h: CatchMarker | null = null;
  for (let i = exc.panic ? -1 : stack.length - 1; i >= 0; i--) {
    const s = stack[i];
    if (s instanceof CatchMarker) {
      h = s;
      break;
    }
  }
  if (h === null) {
    p.lm = lm;
    p.ip = at + 1;
    p.vm.processExit(p, exitReason(exc), exc);
    return false;
  }
  stack.length = h.height;
  p.lm = h.lm;
  p.ip = h.ip;
  const x = p.x;
  x[0] = NON_VALUE;
  x[1] = exc.cls;
  x[2] = exc.reason;
  x[3] = exc as unknown as Term;
  return true;
}

/** The exit reason of an uncaught exception. */
export function exitReason(exc: ErlangException): Term {
  if (exc.cls === CLASS_ERROR) return [exc.reason, exc.stacktrace ?? NIL];
  if (exc.cls === CLASS_THROW) return [[A_NOCATCH, exc.reason], exc.stacktrace ?? NIL];
  return exc.reason;
}

function toErlang(e: unknown): ErlangException {
  if (e instanceof ErlangException) return e;
  // A bug in a native or an unsupported opcode: surface it as an Erlang
  // error so the process exits visibly instead of killing the VM.
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/.test(msg)) return new ErlangException(CLASS_ERROR, atom('system_limit'));
  return new ErlangException(CLASS_ERROR, [atom('internal_error'), stringToList(msg)]);
}

const BIF_OPS = new Set<number>([Op.bif0, Op.bif1, Op.bif2, Op.gc_bif1, Op.gc_bif2, Op.gc_bif3]);

/** Fill in the BIF frame and stack trace of an exception raised at instruction `at`. */
function annotate(exc: ErlangException, p: Process, lm: LoadedModule, code: { op: number; args: Operand[] }[], at: number): void {
  const ins = code[at];
  let topArgs: Term[] | null = null;
  if (ins !== undefined && exc.bif === null && !exc.noBifFrame && exc.topFrame === null) {
    const op = ins.op;
    if (op === Op.call_ext || op === Op.call_ext_last || op === Op.call_ext_only) {
      const imp = ins.args[1] as Import;
      if (typeof imp.target === 'function') {
        exc.bif = [imp.module, imp.name];
        exc.args = p.x.slice(0, imp.arity);
      }
    } else if (BIF_OPS.has(op)) {
      const g = op === Op.gc_bif1 || op === Op.gc_bif2 || op === Op.gc_bif3 ? 1 : 0;
      const imp = ins.args[op === Op.bif0 ? 0 : 1 + g] as Import;
      exc.bif = [imp.module, imp.name];
      const args: Term[] = [];
      for (let i = 0; i < imp.arity; i++) args.push(rd(ins.args[(op === Op.bif0 ? 1 : 2 + g) + i], p.x, p.stack));
      exc.args = args;
    }
  }
  if (ins !== undefined && ins.op === Op.func_info) topArgs = p.x.slice(0, ins.args[2] as number);
  exc.stacktrace = buildStacktrace(exc, lm, at, p.stack, topArgs);
}

// silence unused-import lints for types only referenced in casts
void Reg;
