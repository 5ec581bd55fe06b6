// Map opcodes: put_map_assoc, put_map_exact, has_map_fields, get_map_elements.

import { atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { Op } from '../loader/opcodes.js';
import type { ExtList, Instr, Label } from '../loader/ir.js';
import { error } from './exception.js';
import { rd, wr } from './operands.js';
import type { Process } from './process.js';

const A_BADMAP = atom('badmap');
const A_BADKEY = atom('badkey');

/** Executes one map instruction; returns the next ip. */
export function execMaps(p: Process, ins: Instr, ip: number): number {
  const x = p.x;
  const s = p.stack;
  const a = ins.args;
  const fail = (a[0] as Label).index;
  switch (ins.op) {
    case Op.put_map_assoc:
    case Op.put_map_exact: {
      const src = rd(a[1], x, s);
      if (!(src instanceof ErlMap)) {
        if (fail >= 0) return fail;
        error([A_BADMAP, src]);
      }
      const items = (a[4] as ExtList).items;
      let m: ErlMap = src;
      if (ins.op === Op.put_map_assoc) {
        if (m.size === 0 && items.length > 2) {
          const ks: Term[] = [];
          const vs: Term[] = [];
          for (let i = 0; i < items.length; i += 2) {
            ks.push(rd(items[i], x, s));
            vs.push(rd(items[i + 1], x, s));
          }
          m = ErlMap.fromKeysValues(ks, vs);
        } else {
          for (let i = 0; i < items.length; i += 2) m = m.put(rd(items[i], x, s), rd(items[i + 1], x, s));
        }
      } else {
        for (let i = 0; i < items.length; i += 2) {
          const k = rd(items[i], x, s);
          const r = m.update(k, rd(items[i + 1], x, s));
          if (r === undefined) {
            if (fail >= 0) return fail;
            error([A_BADKEY, k]);
          }
          m = r;
        }
      }
      wr(a[2], m, x, s);
      return ip;
    }
    case Op.has_map_fields: {
      const m = rd(a[1], x, s) as ErlMap;
      const items = (a[2] as ExtList).items;
      for (let i = 0; i < items.length; i++) if (m.get(rd(items[i], x, s)) === undefined) return fail;
      return ip;
    }
    case Op.get_map_elements: {
      const m = rd(a[1], x, s);
      if (!(m instanceof ErlMap)) return fail;
      const items = (a[2] as ExtList).items;
      for (let i = 0; i < items.length; i += 2) {
        const v = m.get(rd(items[i], x, s));
        if (v === undefined) return fail;
        wr(items[i + 1], v, x, s);
      }
      return ip;
    }
  }
  throw new Error(`unexpected map opcode ${ins.op}`);
}
