// A module's code decoded one function at a time, on first use (LazyCode
// in ir.ts). The scan (code_scan.ts) has checked the whole chunk and
// placed every label, so a function decodes straight into its final
// positions of Module.code, which hold UNDECODED until then.

import { CompactReader } from './compact.js';
import { decodeRange, type CodeInput } from './code.js';
import type { ScannedCode } from './code_scan.js';
import type { FunEntry, Instr, Label, LazyCode, Operand } from './ir.js';

export class LazyFunctions implements LazyCode {
  readonly functionStarts: Int32Array;
  /** decoding units: each function from its start, and any code before the first */
  private readonly segStarts: Int32Array;
  private readonly segBytes: Int32Array;
  private readonly done: Uint8Array;
  private readonly labels: Int32Array;
  /** one shared Label per label number, across the module's functions */
  private readonly labelObjs: (Label | undefined)[];

  constructor(
    private readonly input: CodeInput,
    scanned: ScannedCode,
    private readonly code: Instr[],
    private readonly funs: FunEntry[],
    codeStart: number,
  ) {
    const { starts, startBytes } = scanned;
    this.functionStarts = starts;
    this.labels = scanned.labels;
    this.labelObjs = new Array(input.labelCount);
    const prefix = starts.length === 0 || starts[0] > 0 ? 1 : 0;
    const n = starts.length + prefix;
    this.segStarts = new Int32Array(n + 1);
    this.segBytes = new Int32Array(n);
    if (prefix === 1) this.segBytes[0] = codeStart;
    this.segStarts.set(starts, prefix);
    this.segBytes.set(startBytes, prefix);
    this.segStarts[n] = scanned.count;
    this.done = new Uint8Array(n);
  }

  decodeAt(ip: number): void {
    const st = this.segStarts;
    const n = this.done.length;
    if (ip < 0 || ip >= st[n]) return;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (st[mid] <= ip) lo = mid;
      else hi = mid - 1;
    }
    if (this.done[lo] === 0) this.decodeSegment(lo);
  }

  decodeAll(): void {
    for (let k = 0; k < this.done.length; k++) if (this.done[k] === 0) this.decodeSegment(k);
  }

  private decodeSegment(k: number): void {
    const inp = this.input;
    const r0 = inp.r;
    const r = new CompactReader(r0.buf, this.segBytes[k], r0.end, r0.where);
    const patches: number[] = [];
    const code = this.code;
    const endByte = k + 1 < this.segBytes.length ? this.segBytes[k + 1] : -1;
    const open = decodeRange({ ...inp, r }, this.labels, this.labelObjs, code, this.segStarts[k], this.segStarts[k + 1], patches, endByte);
    for (const i of patches) {
      const args = code[i].args as Operand[];
      args[0] = this.funs[args[0] as number];
    }
    this.done[k] = 1;
    if (open.length > 0) {
      // with a pack-time index, a body's labels are placed as it is decoded:
      // a jump into another function's body (compilers make none) needs them all
      this.decodeAll();
      for (const n of open) if (this.labels[n] === -1) r.fail(`label ${n} is used but never defined`);
    }
  }
}
