// Compiled patterns: the options record, our serialisation inside the
// {re_pattern, N, Unicode, UseCRLF, Binary} term, and a cache of parsed
// programs keyed by that binary (so a pattern term that travels through
// ETS or a message still runs without reparsing).

import { compileProgram, TooLarge, type Program } from './compile.js';
import { F_D, F_I, F_M, F_S, F_U, F_X, parse, ReError } from './parse.js';
import { NL_ANY, NL_ANYCRLF, NL_CR, NL_CRLF, NL_LF } from './exec.js';

// compile option bits (our own numbering)
export const O_CASELESS = 1, O_MULTILINE = 2, O_DOTALL = 4, O_EXTENDED = 8, O_ANCHORED = 16,
  O_DOLLAR_ENDONLY = 32, O_UNGREEDY = 64, O_UNICODE = 128, O_UCP = 256, O_NO_AUTO_CAPTURE = 512,
  O_DUPNAMES = 1024, O_FIRSTLINE = 2048, O_NEVER_UTF = 4096, O_NO_START_OPTIMIZE = 8192;

export interface CompileOpts {
  flags: number;
  /** NL_* or 0 for the default (LF) */
  newline: number;
  /** 0 default (unicode), 1 anycrlf, 2 unicode */
  bsr: number;
}

export interface Compiled {
  prog: Program;
  ncap: number;
  /** name table sorted by name (as PCRE keeps it): [name, group] pairs */
  nameTable: [string, number][];
  dupnames: boolean;
  newline: number;
  bsrAnycrlf: boolean;
  ucp: boolean;
  anchored: boolean;
  firstline: boolean;
  utf: boolean;
}

const MAGIC = [0x50, 0x43, 0x52, 0x45, 0x31]; // "PCRE1" lookalike; never valid for the BEAM's PCRE

/** The serialised pattern: magic, flags (u32 LE), newline, bsr, source bytes. */
export function serialize(src: Uint8Array, o: CompileOpts): Uint8Array {
  const out = new Uint8Array(MAGIC.length + 6 + src.length);
  out.set(MAGIC, 0);
  let i = MAGIC.length;
  out[i++] = o.flags & 255; out[i++] = (o.flags >>> 8) & 255; out[i++] = (o.flags >>> 16) & 255; out[i++] = (o.flags >>> 24) & 255;
  out[i++] = o.newline;
  out[i++] = o.bsr;
  out.set(src, i);
  return out;
}

function deserialize(b: Uint8Array): { src: Uint8Array; o: CompileOpts } | null {
  if (b.length < MAGIC.length + 6) return null;
  for (let k = 0; k < MAGIC.length; k++) if (b[k] !== MAGIC[k]) return null;
  let i = MAGIC.length;
  const flags = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  i += 4;
  return { o: { flags, newline: b[i], bsr: b[i + 1] }, src: b.subarray(i + 2) };
}

const cache = new Map<string, Compiled>();
const MAX_CACHE = 1000;

function keyOf(src: Uint8Array, o: CompileOpts): string {
  let s = o.flags + ',' + o.newline + ',' + o.bsr + ',';
  if (src.length < 128) {
    for (let i = 0; i < src.length; i++) s += String.fromCharCode(src[i]);
    return s;
  }
  for (let i = 0; i < src.length; i += 4096) {
    s += String.fromCharCode.apply(null, src.subarray(i, Math.min(src.length, i + 4096)) as unknown as number[]);
  }
  return s;
}

/** Compiles source + options; a ReError for a bad pattern. */
export function compileSource(src: Uint8Array, o: CompileOpts): Compiled | ReError {
  const key = keyOf(src, o);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const f = o.flags;
  let pflags = 0;
  if (f & O_CASELESS) pflags |= F_I;
  if (f & O_MULTILINE) pflags |= F_M;
  if (f & O_DOTALL) pflags |= F_S;
  if (f & O_EXTENDED) pflags |= F_X;
  if (f & O_UNGREEDY) pflags |= F_U;
  if (f & O_DOLLAR_ENDONLY) pflags |= F_D;
  let c: Compiled;
  try {
    const popts = {
      flags: pflags, utf: (f & O_UNICODE) !== 0, ucp: (f & O_UCP) !== 0,
      noAutoCapture: (f & O_NO_AUTO_CAPTURE) !== 0, dupnames: (f & O_DUPNAMES) !== 0,
      bsrAnycrlf: o.bsr === 1,
    };
    const p = parse(src, popts);
    if (f & O_NO_START_OPTIMIZE) p.noStartOpt = true;
    const prog = compileProgram(p);
    const nameTable: [string, number][] = [];
    for (const [name, groups] of p.names) for (const g of groups) nameTable.push([name, g]);
    nameTable.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    const nlVerb = p.newline;
    const newline = nlVerb === null ? (o.newline || NL_LF)
      : ({ cr: NL_CR, lf: NL_LF, crlf: NL_CRLF, anycrlf: NL_ANYCRLF, any: NL_ANY } as Record<string, number>)[nlVerb];
    c = {
      prog, ncap: p.ncap, nameTable, dupnames: (f & O_DUPNAMES) !== 0, newline,
      bsrAnycrlf: popts.bsrAnycrlf, ucp: p.ucp, anchored: (f & O_ANCHORED) !== 0,
      firstline: (f & O_FIRSTLINE) !== 0, utf: p.utf,
    };
  } catch (e) {
    if (e instanceof ReError) return e;
    if (e instanceof TooLarge) return new ReError('regular expression is too large', src.length);
    if (e instanceof RangeError) return new ReError('regular expression is too large', src.length);
    throw e;
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, c);
  return c;
}

/** The compiled form of a pattern binary made by serialize, or null if it is not ours. */
export function fromBinary(b: Uint8Array): Compiled | null {
  const d = deserialize(b);
  if (d === null) return null;
  const c = compileSource(d.src, d.o);
  return c instanceof ReError ? null : c;
}

export function usesCrlf(newline: number): boolean {
  return newline === NL_CRLF || newline === NL_ANY || newline === NL_ANYCRLF;
}
