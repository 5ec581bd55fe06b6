// Character classes: [...] with ranges, escapes, \Q..\E and POSIX [:name:].

import { CharSet, type Pred } from './charset.js';
import {
  C_ALPHA, C_CNTRL, C_DIGIT, C_LOWER, C_PRINT, C_PUNCT, C_SPACE, C_UPPER, C_XDIGIT, ctype, isSpaceUcp, isWordLatin1,
  isWordUcp, P_L, P_ND, uprop,
} from './chars.js';
import { F_I } from './ast.js';
import { EscapeParser } from './parse_escape.js';

export abstract class ClassParser extends EscapeParser {
  protected charClass(): CharSet {
    const s = this.s;
    const set = new CharSet();
    const start = this.pos;
    if (s[this.pos] === 94) { set.neg = true; this.pos++; }
    let first = true;
    for (;;) {
      if (this.pos >= s.length) this.err('missing terminating ] for character class', s.length);
      let c = s[this.pos];
      if (c === 93 && !first) { this.pos++; break; }
      first = false;
      // POSIX class
      if (c === 91 && (s[this.pos + 1] === 58 || s[this.pos + 1] === 46 || s[this.pos + 1] === 61)) {
        const term = s[this.pos + 1];
        let j = this.pos + 2;
        while (j < s.length && s[j] !== 93 && !(s[j] === term && s[j + 1] === 93)) j++;
        if (j < s.length && s[j] === term) {
          if (term !== 58) this.err('POSIX collating elements are not supported', this.pos);
          let nm = String.fromCharCode(...s.subarray(this.pos + 2, j));
          let pn = false;
          if (nm.startsWith('^')) { pn = true; nm = nm.slice(1); }
          const p = this.posix(nm);
          if (p === null) this.err('unknown POSIX class name', this.pos + 2);
          set.preds.push(pn ? (x) => !p(x) : p);
          this.pos = j + 2;
          continue;
        }
      }
      let lo: number;
      if (c === 92) {
        this.pos++;
        if (this.pos >= s.length) this.err('\\ at end of pattern');
        const e = s[this.pos++];
        const cls = this.classEscape(e);
        if (cls !== null) {
          const p = cls.preds[0];
          set.preds.push(cls.neg ? (x) => !p(x) : p);
          continue;
        }
        if (e === 98) lo = 8;
        else if (e === 81) { // \Q..\E inside class
          while (this.pos < s.length && !(s[this.pos] === 92 && s[this.pos + 1] === 69)) set.addChar(this.readChar());
          if (this.pos < s.length) this.pos += 2;
          continue;
        } else if (e === 69) continue;
        else if (e >= 48 && e <= 55) { this.pos--; lo = this.octal(3); }
        else lo = this.charEscape(e);
      } else lo = this.readChar();
      // range?
      if (s[this.pos] === 45 && s[this.pos + 1] !== 93 && this.pos + 1 < s.length) {
        const save = this.pos;
        this.pos++;
        c = s[this.pos];
        let hi = -1;
        if (c === 92) {
          this.pos++;
          const e = s[this.pos++];
          if (e === 100 || e === 68 || e === 119 || e === 87 || e === 115 || e === 83 || e === 104 || e === 72 ||
            e === 118 || e === 86 || e === 112 || e === 80) {
            this.pos = save; // '-' is literal before a class escape
          } else if (e === 98) hi = 8;
          else if (e >= 48 && e <= 55) { this.pos--; hi = this.octal(3); }
          else hi = this.charEscape(e);
        } else if (c === 91 && s[this.pos + 1] === 58) {
          this.pos = save;
        } else hi = this.readChar();
        if (hi >= 0) {
          if (hi < lo) this.err('range out of order in character class', this.pos - 1);
          set.addRange(lo, hi);
          continue;
        }
      }
      set.addChar(lo);
    }
    void start;
    return set.finish((this.flags & F_I) !== 0, this.utf);
  }

  private posix(nm: string): Pred | null {
    const ucp = this.ucp;
    const t = (m: number): Pred => (x) => x < 256 && (ctype[x] & m) !== 0;
    switch (nm) {
      case 'alpha': return ucp ? (x) => P_L.has(x) : t(C_ALPHA);
      case 'digit': return ucp ? (x) => P_ND.has(x) : t(C_DIGIT);
      case 'alnum': return ucp ? (x) => P_L.has(x) || uprop('N')!.has(x) : t(C_ALPHA | C_DIGIT);
      case 'space': return ucp ? isSpaceUcp : t(C_SPACE);
      case 'upper': return ucp ? (x) => uprop('Lu')!.has(x) : t(C_UPPER);
      case 'lower': return ucp ? (x) => uprop('Ll')!.has(x) : t(C_LOWER);
      case 'word': return ucp ? isWordUcp : isWordLatin1;
      case 'xdigit': return t(C_XDIGIT);
      case 'punct': return t(C_PUNCT);
      case 'cntrl': return t(C_CNTRL);
      case 'print': return t(C_PRINT);
      case 'graph': return (x) => x < 256 && (ctype[x] & C_PRINT) !== 0 && x !== 32;
      case 'blank': return (x) => x === 32 || x === 9;
      case 'ascii': return (x) => x < 128;
    }
    return null;
  }
}
