// Reading application resource files (kernel.app, stdlib.app, ...) for the
// boot: what file:consult/1 would answer for them, parsed here in
// TypeScript so the boot need not load erl_scan and erl_parse (≈200 ms).
// The grammar is Erlang's term syntax: atoms (bare and quoted), strings,
// characters ($a), integers (with base#digits), floats, tuples, lists,
// binaries of strings and bytes, % comments; each term ends with a dot.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { atom, Bitstring, Cons, Float, NIL, type Term } from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';

export class ConsultError extends Error {}

const ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, s: 32, e: 27, b: 8, f: 12, v: 11, d: 127, '"': 34, "'": 39, '\\': 92,
};

class Reader {
  private i = 0;
  constructor(private readonly s: string, private readonly file: string) {}

  fail(what: string): never {
    const line = this.s.slice(0, this.i).split('\n').length;
    throw new ConsultError(`${this.file}:${line}: ${what}`);
  }

  skip(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '%') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
        this.i++;
      } else break;
    }
  }

  atEnd(): boolean {
    this.skip();
    return this.i >= this.s.length;
  }

  expect(c: string): void {
    this.skip();
    if (this.s[this.i] !== c) this.fail(`expected '${c}'`);
    this.i++;
  }

  /** One term followed by a dot. */
  form(): Term {
    const t = this.term();
    this.skip();
    if (this.s[this.i] !== '.') this.fail("expected '.'");
    this.i++;
    return t;
  }

  term(): Term {
    this.skip();
    const s = this.s;
    const c = s[this.i];
    if (c === undefined) this.fail('unexpected end of file');
    if (c === '{') {
      this.i++;
      return this.seq('}');
    }
    if (c === '[') {
      this.i++;
      return this.list();
    }
    if (c === '"') return stringToList(this.quoted('"'));
    if (c === "'") return atom(this.quoted("'"));
    if (c === '$') {
      this.i++;
      return this.char();
    }
    if (c === '<' && s[this.i + 1] === '<') {
      this.i += 2;
      return this.binary();
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (c >= 'a' && c <= 'z') {
      const m = /^[A-Za-z0-9_@]*/.exec(s.slice(this.i))![0];
      this.i += m.length;
      return atom(m);
    }
    return this.fail(`unexpected '${c}'`);
  }

  /** Elements up to `close`, as a tuple. */
  seq(close: string): Term[] {
    const out: Term[] = [];
    this.skip();
    if (this.s[this.i] === close) {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.term());
      this.skip();
      const c = this.s[this.i++];
      if (c === close) return out;
      if (c !== ',') this.fail(`expected ',' or '${close}'`);
    }
  }

  list(): Term {
    const out: Term[] = [];
    this.skip();
    if (this.s[this.i] === ']') {
      this.i++;
      return NIL;
    }
    for (;;) {
      out.push(this.term());
      this.skip();
      const c = this.s[this.i++];
      if (c === ']') return arrayToList(out);
      if (c === '|') {
        const tail = this.term();
        this.expect(']');
        return arrayToList(out, tail);
      }
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }

  binary(): Term {
    const bytes: number[] = [];
    this.skip();
    if (this.s.startsWith('>>', this.i)) {
      this.i += 2;
      return new Bitstring(new Uint8Array(0), 0, 0);
    }
    for (;;) {
      const t = this.term();
      if (typeof t === 'number') bytes.push(t & 255);
      else {
        // a string segment: its characters as bytes
        for (let l = t; l instanceof Cons; l = l.tail) bytes.push((l.head as number) & 255);
      }
      this.skip();
      if (this.s.startsWith('>>', this.i)) {
        this.i += 2;
        return new Bitstring(Uint8Array.from(bytes), 0, bytes.length * 8);
      }
      if (this.s[this.i++] !== ',') this.fail("expected ',' or '>>'");
    }
  }

  quoted(q: string): string {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) this.fail('unterminated quote');
      if (c === q) return out;
      if (c === '\\') out += String.fromCodePoint(this.escape());
      else out += c;
    }
  }

  escape(): number {
    const c = this.s[this.i++];
    if (c === undefined) this.fail('unterminated escape');
    if (c >= '0' && c <= '7') {
      const m = /^[0-7]{1,3}/.exec(this.s.slice(this.i - 1))![0];
      this.i += m.length - 1;
      return parseInt(m, 8);
    }
    if (c === 'x') {
      if (this.s[this.i] === '{') {
        const end = this.s.indexOf('}', this.i);
        if (end < 0) this.fail('bad \\x{...} escape');
        const v = parseInt(this.s.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return v;
      }
      const v = parseInt(this.s.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return v;
    }
    if (c === '^') return this.s.charCodeAt(this.i++) & 31;
    return ESCAPES[c] ?? c.codePointAt(0)!;
  }

  char(): number {
    const c = this.s[this.i++];
    if (c === undefined) this.fail('unexpected end of file');
    if (c === '\\') return this.escape();
    return c.codePointAt(0)!;
  }

  number(): Term {
    const m = /^-?[0-9]+(#[0-9A-Za-z]+|\.[0-9]+([eE][-+]?[0-9]+)?)?/.exec(this.s.slice(this.i));
    if (m === null) this.fail('bad number');
    const text = m[0];
    this.i += text.length;
    if (text.includes('#')) {
      const [base, digits] = text.split('#');
      const neg = base.startsWith('-');
      const v = parseInt(digits, Math.abs(Number(base)));
      return neg ? -v : v;
    }
    if (text.includes('.')) return new Float(Number(text));
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : BigInt(text);
  }
}

/** The terms of a file in file:consult/1 syntax. */
export function consultText(text: string, file = 'nofile'): Term[] {
  const r = new Reader(text, file);
  const out: Term[] = [];
  while (!r.atEnd()) out.push(r.form());
  return out;
}

/**
 * The application specification `{application, App, Keys}` of `App.app`,
 * found in the first code path directory that holds it, or null.
 */
export function readAppSpec(app: string, codePath: readonly string[]): Term | null {
  for (const dir of codePath) {
    const file = path.join(dir, app + '.app');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const terms = consultText(text, file);
    if (terms.length !== 1) throw new ConsultError(`${file}: expected one term`);
    return terms[0];
  }
  return null;
}
