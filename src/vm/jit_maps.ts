// The compiling tier's map opcodes (exec_maps.ts's semantics, operands
// resolved at compile time): lookups straight into ErlMap, and a
// put_map_exact of several keys (Elixir's `%{s | a: 1, b: 2}`) as one
// ErlMap.updateAll, which copies a flatmap's values once.

import { atom } from '../term/types.js';
import { Op } from '../loader/opcodes.js';
import type { ExtList, Instr, Label, Operand } from '../loader/ir.js';

/** What the code generator offers (jit.ts's Gen). */
export interface MapsGen {
  rd(a: Operand): string;
  lv(a: Operand): string;
  goto(t: number): string;
  k(v: unknown): string;
}

const A_BADMAP = atom('badmap');
const A_BADKEY = atom('badkey');

/** JS source for map instruction k. */
export function jitMaps(g: MapsGen, ins: Instr, k: number): string | null {
  const a = ins.args;
  const fail = (a[0] as Label).index;
  switch (ins.op) {
    case Op.get_map_elements: {
      const items = (a[2] as ExtList).items;
      const steps: string[] = [];
      for (let i = 0; i < items.length; i += 2) {
        steps.push(`v = m.get(${g.rd(items[i])}); if (v === undefined) ${g.goto(fail)} ${g.lv(items[i + 1])} = v;`);
      }
      return `{ const m = ${g.rd(a[1])}; if (!(m instanceof ErlMap)) ${g.goto(fail)} let v; ${steps.join('\n')} }`;
    }
    case Op.has_map_fields: {
      const items = (a[2] as ExtList).items;
      const tests = items.map((o) => `m.get(${g.rd(o)}) === undefined`);
      return `{ const m = ${g.rd(a[1])}; if (${tests.join(' || ')}) ${g.goto(fail)} }`;
    }
    case Op.put_map_assoc:
    case Op.put_map_exact: {
      const items = (a[4] as ExtList).items;
      const n = items.length / 2;
      const notMap = fail >= 0 ? g.goto(fail) : `error([${g.k(A_BADMAP)}, m]);`;
      let body: string;
      if (ins.op === Op.put_map_assoc) {
        const puts: string[] = [];
        for (let i = 0; i < items.length; i += 2) puts.push(`.put(${g.rd(items[i])}, ${g.rd(items[i + 1])})`);
        if (n > 1) {
          const ks: string[] = [], vs: string[] = [];
          for (let i = 0; i < items.length; i += 2) {
            ks.push(g.rd(items[i]));
            vs.push(g.rd(items[i + 1]));
          }
          body = `r = m.size === 0 ? ErlMap.fromKeysValues([${ks.join(', ')}], [${vs.join(', ')}]) : m${puts.join('')};`;
        } else body = `r = m${puts.join('')};`;
      } else if (n === 1) {
        const missing = fail >= 0 ? g.goto(fail) : `error([${g.k(A_BADKEY)}, key]);`;
        body = `{ const key = ${g.rd(items[0])}; r = m.update(key, ${g.rd(items[1])}); if (r === undefined) ${missing} }`;
      } else {
        // scratch arrays, one pair per instruction: updateAll calls no Erlang code
        const KS = g.k(new Array(n).fill(null));
        const VS = g.k(new Array(n).fill(null));
        const fills: string[] = [];
        for (let i = 0; i < n; i++) fills.push(`${KS}[${i}] = ${g.rd(items[2 * i])}; ${VS}[${i}] = ${g.rd(items[2 * i + 1])};`);
        const missing = fail >= 0 ? g.goto(fail) : `error([${g.k(A_BADKEY)}, ${KS}[r]]);`;
        body = `${fills.join(' ')} r = m.updateAll(${KS}, ${VS}, ${n}); if (typeof r === 'number') ${missing}`;
      }
      return `c = ${k}; { const m = ${g.rd(a[1])}; if (!(m instanceof ErlMap)) ${notMap} let r; ${body} ${g.lv(a[2])} = r; }`;
    }
  }
  return null;
}
