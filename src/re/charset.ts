// A character class ([...], \d, \p{..}) as the matcher tests it: a bitmap
// for code points below 256 (negation and caseless folding already applied)
// and ranges/predicates for the rest.

import { caseVariants, latin1Flip } from './chars.js';

export type Pred = (cp: number) => boolean;

export class CharSet {
  /** final membership of 0..255 */
  readonly bits = new Uint8Array(32);
  /** raw [lo, hi] pairs, inclusive */
  ranges: number[] = [];
  preds: Pred[] = [];
  neg = false;
  /** caseless with Unicode folding (utf mode) */
  uci = false;
  /**
   * PCRE 8.44 quirk: a repeated \w or \W in UTF mode without ucp tests the
   * mandatory (min) repetitions bytewise against ASCII; this set does that.
   */
  minAlt: CharSet | null = null;

  addRange(lo: number, hi: number): void {
    this.ranges.push(lo, hi);
  }
  addChar(c: number): void {
    this.ranges.push(c, c);
  }

  private raw(cp: number): boolean {
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) if (cp >= r[i] && cp <= r[i + 1]) return true;
    const p = this.preds;
    for (let i = 0; i < p.length; i++) if (p[i](cp)) return true;
    return false;
  }

  /** Fixes the bitmap once all items are added. `ci`: caseless; `utf`: Unicode folding. */
  finish(ci: boolean, utf: boolean): this {
    this.uci = ci && utf;
    for (let c = 0; c < 256; c++) {
      let m = this.raw(c);
      if (!m && ci) {
        if (utf) {
          const v = caseVariants(c);
          for (let i = 0; i < v.length && !m; i++) m = this.raw(v[i]);
        } else m = this.raw(latin1Flip[c]);
      }
      if (m !== this.neg) this.bits[c >> 3] |= 1 << (c & 7);
    }
    return this;
  }

  has(cp: number): boolean {
    if (cp < 256) return (this.bits[cp >> 3] & (1 << (cp & 7))) !== 0;
    let m = this.raw(cp);
    if (!m && this.uci) {
      const v = caseVariants(cp);
      for (let i = 0; i < v.length && !m; i++) m = this.raw(v[i]);
    }
    return m !== this.neg;
  }
}
