// loadBeam: a .beam file -> the decoded Module of ir.ts.
//
// Chunks used: AtU8 (or the pre-OTP 21 latin1 'Atom'), Code, ImpT, ExpT,
// FunT, LitT, StrT, Line, Attr, CInf, Type. The Code chunk's instruction
// stream is decoded with operands resolved: labels to code indices (a
// Label points at its `label` instruction, which the executor treats as a
// no-op), imports to the shared Import, make_fun indices to FunEntry,
// literals to their terms; all at load, or each function on first use
// (the lazy option, which the VM takes).

import { plainBytes, readChunks, type BeamChunks, type Chunk } from './chunks.js';
import { zlibInflate } from './inflate.js';
import { CompactReader, TAG_A, TAG_I } from './compact.js';
import { decodeCode } from './code.js';
import { scanCode, type ScannedCode } from './code_scan.js';
import { INDEX_CHUNK, encodeCodeIndex, readCodeIndex, type CodeIndex } from './beam_index.js';
import { LazyFunctions } from './lazy_code.js';
import { Cursor, LoadError, NON_ASCII, byteText, decodeLatin1, decodeUtf8 } from './cursor.js';
import { Md5 } from './md5.js';
import { LiteralTable, NO_LITERALS, decodeLiteral } from './literal.js';
import { FunEntry, Import, UNDECODED, type FunctionInfo, type Instr, type LineRef, type Module, type Operand } from './ir.js';
import { Atom, NIL, atom, type Term } from '../term/types.js';

export { LoadError } from './cursor.js';

/** The BEAM_FORMAT_NUMBER of genop.tab: the Code chunk's instruction-set version. */
const BEAM_FORMAT_NUMBER = 0;

/** One Type chunk entry (OTP 25+): a union of type bits and optional bounds. */
export interface BeamTypeEntry {
  /** bit set: atom 1, bitstring 2, match state 4, cons 8, float 16, fun 32,
   *  integer 64, map 128, nil 256, pid 512, port 1024, reference 2048, tuple 4096 */
  types: number;
  min: bigint | null;
  max: bigint | null;
  unit: number;
}

class Loader {
  name = '';
  atoms: Atom[] = [];
  where(chunk: string): string {
    return this.name ? `module ${this.name}: chunk '${chunk}'` : `chunk '${chunk}'`;
  }
  cursor(c: Chunk): Cursor {
    return new Cursor(c.data, 0, c.data.length, this.where(c.id));
  }
  atomAt(r: Cursor, i: number, what: string): Atom {
    if (i < 1 || i >= this.atoms.length) r.fail(`${what}: atom index ${i} out of range`);
    return this.atoms[i];
  }
}

export interface LoadOptions {
  /**
   * Check the whole module now but build each function's instructions on
   * first use (Module.lazy, see code_scan.ts). The literal table is then
   * inflated, and each literal decoded, on first use too: a corrupt table,
   * a literal index out of range or a malformed term is a LoadError then.
   */
  lazy?: boolean;
  /** lazy: scan the code even when a PcIx chunk (beam_index.ts) describes it */
  scan?: boolean;
  /** told why a PcIx chunk was not used (it does not fit the code) */
  warn?: (message: string) => void;
}

export function loadBeam(bytes: Uint8Array, opts?: LoadOptions): Module {
  return load(bytes, opts, null);
}

/**
 * The PcIx chunk (beam_index.ts) for a .beam: its code scanned (which
 * checks it; a malformed module throws LoadError) and its MD5, taken from
 * the file's own PcIx when it has one (its LitT may be stored inflated).
 */
export function codeIndexChunk(bytes: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  const m = load(bytes, { lazy: true, scan: true }, (s, labelCount, codeSize, md5) => {
    out = encodeCodeIndex(s, labelCount, codeSize, md5);
  });
  // every function decoded once: what the index will let the loader skip is checked here
  m.lazy!.decodeAll();
  return out!;
}

type ScanSink = (s: ScannedCode, labelCount: number, codeSize: number, md5: Uint8Array) => void;

function load(bytes: Uint8Array, opts: LoadOptions | undefined, sink: ScanSink | null): Module {
  const lazy = opts?.lazy === true;
  const file = readChunks(bytes);
  const L = new Loader();
  const get = (id: string) => file.byId.get(id);

  // --- atoms ---
  const atomChunk = get('AtU8') ?? get('Atom');
  if (atomChunk === undefined) throw new LoadError("no atom table (missing chunk 'AtU8')");
  L.atoms = readAtoms(L, atomChunk);
  const moduleName = L.atoms[1];
  L.name = moduleName.name;

  // --- code header ---
  const codeChunk = get('Code');
  if (codeChunk === undefined) throw new LoadError(`module ${L.name}: missing chunk 'Code'`);
  const hc: Cursor = L.cursor(codeChunk);
  const headSize = hc.u32();
  hc.need(headSize);
  const codeStart = hc.pos + headSize;
  const format = hc.u32();
  if (format !== BEAM_FORMAT_NUMBER) hc.fail(`unsupported instruction set ${format}`);
  const opcodeMax = hc.u32();
  const labelCount = hc.u32();
  hc.u32(); // function count: recomputed from func_info instructions
  if (hc.pos > codeStart) hc.fail('code header too short');
  if (labelCount > codeChunk.data.length + 1) hc.fail(`implausible label count ${labelCount}`);

  // --- tables ---
  const impChunk = get('ImpT');
  if (impChunk === undefined) throw new LoadError(`module ${L.name}: missing chunk 'ImpT'`);
  const imports = readImports(L, impChunk);
  const expChunk = get('ExpT');
  if (expChunk === undefined) throw new LoadError(`module ${L.name}: missing chunk 'ExpT'`);
  const exportTable = readExportTable(L, expChunk);
  const funT = get('FunT');
  const funTable = funT ? readFunTable(L, funT) : [];
  const litT = get('LitT');
  const litU = get('LitU');
  const literalTable = litT ? readLiterals(L, litT, true) : litU ? readLiterals(L, litU, false) : NO_LITERALS;
  // loaded whole: every literal now, so that a malformed one fails the load
  let literals: Term[] | null = lazy ? null : literalTable.terms();
  const strT = get('StrT');
  const strings = strT ? strT.data.slice() : new Uint8Array(0);
  // Only the Type chunk's entry count matters for decoding the code; the
  // entries, the Line table, Attr and CInf are decoded on first use.
  const typeChunk = get('Type');
  const typeCount = typeChunk ? readTypeCount(L, typeChunk) : 0;

  // a packed module's scan, done when it was packed
  const ixChunk = get(INDEX_CHUNK);
  const index: CodeIndex | null = ixChunk
    ? readCodeIndex(ixChunk.data, new CompactReader(codeChunk.data, codeStart, codeChunk.data.length, L.where('Code')), labelCount, L.atoms)
    : null;

  // --- code ---
  const r: CompactReader = new CompactReader(codeChunk.data, codeStart, codeChunk.data.length, L.where('Code'));
  const input = {
    r,
    opcodeMax,
    labelCount,
    atoms: L.atoms,
    literals: literalTable,
    typeCount,
    imports,
    funCount: funTable.length,
  };
  const funPatches: number[] = [];
  let code: Instr[];
  let labels: Int32Array;
  let functions: FunctionInfo[];
  let scanned: ScannedCode | null = null;
  if (lazy) {
    if (index !== null && opts?.scan !== true) {
      scanned = index.scanned;
      // funs and exports must name function entries, which the index places
      if (scanned !== null) {
        const ls = scanned.labels;
        const bad = funTable.find((f) => f.label < 1 || f.label >= labelCount || ls[f.label] === -1)?.label
          ?? exportTable.find((e) => e.label < 1 || e.label >= labelCount || ls[e.label] === -1)?.label;
        if (bad !== undefined) {
          index.problem = `code index does not fit the code: label ${bad} of FunT/ExpT is no function entry`;
          scanned = null;
        }
      }
      if (scanned === null) opts?.warn?.(`module ${L.name}: chunk '${INDEX_CHUNK}': ${index.problem}; scanning the code instead`);
    }
    scanned ??= scanCode({ ...input, importCount: imports.length });
    ({ labels, functions } = scanned);
    // filled up front (an array written at scattered indices turns into a dictionary)
    code = new Array<Instr>(scanned.count).fill(UNDECODED);
  } else {
    ({ code, labels, functions } = decodeCode(input, funPatches));
  }

  // --- funs, exports ---
  const funs = funTable.map((f) => {
    if (f.label < 1 || f.label >= labelCount || labels[f.label] === -1)
      throw new LoadError(`${L.where('FunT')}: fun entry label ${f.label} undefined`);
    return new FunEntry(f.name, f.arity, labels[f.label], f.index, f.numFree, f.oldUniq);
  });
  for (const i of funPatches) {
    const args = code[i].args as Operand[];
    args[0] = funs[args[0] as number];
  }
  const lazyCode = scanned === null ? undefined : new LazyFunctions(input, scanned, code, funs, codeStart);
  const byEntry = new Map<number, FunctionInfo>();
  for (const f of functions) byEntry.set(f.entry, f);
  const exports = new Map<string, FunctionInfo>();
  for (const e of exportTable) {
    const at = e.label > 0 && e.label < labelCount ? labels[e.label] : -1;
    const fi = byEntry.get(at);
    if (at === -1 || fi === undefined || fi.name !== e.name || fi.arity !== e.arity)
      throw new LoadError(`${L.where('ExpT')}: export ${e.name.name}/${e.arity} refers to label ${e.label}, not its entry`);
    exports.set(`${e.name.name}/${e.arity}`, fi);
  }

  // what most modules never need is decoded on first use
  const lineChunk = get('Line');
  const attrChunk = get('Attr');
  const cinfChunk = get('CInf');
  let md5: Uint8Array | null = index?.md5 ?? null;
  let lines: LineRef[] | null = null;
  let types: BeamTypeEntry[] | null = null;
  let attributes: Term | null = null;
  let compileInfo: Term | null = null;
  // the compiler marks an -on_load function with an instruction the VM looks for
  if (lazyCode !== undefined) for (const i of scanned!.onLoad) lazyCode.decodeAt(i);
  if (sink !== null) sink(scanned!, labelCount, codeChunk.data.length, md5 ?? moduleMd5(file, atomChunk));
  return {
    name: moduleName,
    code,
    labels,
    exports,
    functions,
    imports,
    funs,
    get literals(): Term[] {
      return (literals ??= literalTable.terms());
    },
    strings,
    lazy: lazyCode,
    get md5(): Uint8Array {
      return (md5 ??= moduleMd5(file, atomChunk));
    },
    get lines(): LineRef[] {
      return (lines ??= lineChunk ? linesOrNone(L, lineChunk) : [UNKNOWN_LINE]);
    },
    get types(): BeamTypeEntry[] {
      return (types ??= typeChunk ? readTypes(L, typeChunk, typeCount) : []);
    },
    get attributes(): Term {
      return (attributes ??= attrChunk ? decodeLiteral(attrChunk.data, 0, L.where('Attr')) : NIL);
    },
    get compileInfo(): Term {
      return (compileInfo ??= cinfChunk ? decodeLiteral(cinfChunk.data, 0, L.where('CInf')) : NIL);
    },
  };
}

const UNKNOWN_LINE: LineRef = { file: '', line: 0 };

// The Line table is first read while building a stack trace, where an
// exception would replace the one being reported: a malformed table there
// means no line information, as an unknown table format does.
function linesOrNone(L: Loader, c: Chunk): LineRef[] {
  try {
    return readLines(L, c);
  } catch (e) {
    if (e instanceof LoadError) return [UNKNOWN_LINE];
    throw e;
  }
}

function readAtoms(L: Loader, c: Chunk): Atom[] {
  const r: CompactReader = new CompactReader(c.data, 0, c.data.length, L.where(c.id));
  let n = r.i32();
  // a negative count: lengths are compact-encoded instead of one byte (OTP 28)
  const longLengths = n < 0;
  if (longLengths) n = -n;
  if (n < 1 || n > r.remaining) r.fail(`bad atom count ${n}`);
  const utf8 = c.id === 'AtU8';
  // names are cut from the table read as text; non-ASCII ones are decoded apart
  const text = byteText(c.data);
  const ascii = !NON_ASCII.test(text);
  const atoms: Atom[] = new Array(n + 1);
  atoms[0] = atom('[]'); // index 0 encodes [] in operands; never used as an atom
  for (let i = 1; i <= n; i++) {
    let len: number;
    if (longLengths) {
      if (r.readTagged() !== 0) r.fail('bad atom length');
      len = r.val;
    } else {
      len = r.u8();
    }
    r.need(len);
    const p = r.pos;
    r.pos = p + len;
    const s = text.substring(p, p + len);
    atoms[i] = atom(ascii || !NON_ASCII.test(s) ? s : utf8 ? decodeUtf8(r.buf.subarray(p, p + len), r.where) : decodeLatin1(r.buf.subarray(p, p + len)));
  }
  return atoms;
}

function readImports(L: Loader, c: Chunk): Import[] {
  const r: Cursor = L.cursor(c);
  const n = r.count('import', 12);
  const out: Import[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const m = L.atomAt(r, r.i32(), 'import');
    const f = L.atomAt(r, r.i32(), 'import');
    const a = r.i32();
    if (a < 0 || a > 255) r.fail(`import ${m.name}:${f.name} has bad arity ${a}`);
    out[i] = new Import(m, f, a);
  }
  return out;
}

interface ExportEntry {
  name: Atom;
  arity: number;
  label: number;
}

function readExportTable(L: Loader, c: Chunk): ExportEntry[] {
  const r: Cursor = L.cursor(c);
  const n = r.count('export', 12);
  const out: ExportEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const name = L.atomAt(r, r.i32(), 'export');
    const arity = r.i32();
    const label = r.i32();
    if (arity < 0 || arity > 255) r.fail(`export ${name.name} has bad arity ${arity}`);
    out[i] = { name, arity, label };
  }
  return out;
}

interface FunTEntry {
  name: Atom;
  arity: number;
  label: number;
  index: number;
  numFree: number;
  oldUniq: number;
}

function readFunTable(L: Loader, c: Chunk): FunTEntry[] {
  const r: Cursor = L.cursor(c);
  const n = r.count('fun', 24);
  const out: FunTEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const name = L.atomAt(r, r.i32(), 'fun');
    const arity = r.i32();
    const label = r.i32();
    const index = r.i32();
    const numFree = r.i32();
    const oldUniq = r.i32();
    if (arity < 0 || arity > 255 || numFree < 0 || numFree > arity) r.fail(`fun ${name.name} has bad arity ${arity}/${numFree}`);
    out[i] = { name, arity, label, index, numFree, oldUniq };
  }
  return out;
}

// LitT: <u32 uncompressed size> <zlib data>; AtomVM's packbeam stores the
// inflated form as 'LitU'. Inflated: <u32 count> { <u32 size> <ETF> }*.
function readLiterals(L: Loader, c: Chunk, compressed: boolean): LiteralTable {
  const where = L.where(c.id);
  return new LiteralTable(() => (compressed ? inflateLiterals(c, where) : c.data), where);
}

function inflateLiterals(c: Chunk, where: string): Uint8Array {
  const r: Cursor = new Cursor(c.data, 0, c.data.length, where);
  const size = r.u32();
  // OTP 28+ writes the table uncompressed, declaring an inflated size of 0.
  if (size === 0) return c.data.subarray(4);
  let inflated: Uint8Array | undefined;
  try {
    inflated = plainBytes(zlibInflate(c.data.subarray(4), size));
  } catch {
    inflated = undefined;
  }
  if (!(inflated instanceof Uint8Array)) r.fail('corrupt zlib data');
  if (inflated.length !== size) r.fail(`literals inflate to ${inflated.length} bytes, ${size} declared`);
  return inflated;
}

function readLines(L: Loader, c: Chunk): LineRef[] {
  const r: CompactReader = new CompactReader(c.data, 0, c.data.length, L.where(c.id));
  const unknown = UNKNOWN_LINE;
  const version = r.u32();
  if (version !== 0) return [unknown]; // an unknown format is ignored, as by the BEAM
  r.u32(); // flags
  r.u32(); // number of line instructions
  const itemCount = r.count('line item', 1);
  const nameCount = r.count('file name', 2);
  // items refer to names by index; 0 is the module's own "<module>.erl"
  const itemLines = new Int32Array(itemCount);
  const itemNames = new Int32Array(itemCount);
  let nameIndex = 0;
  for (let i = 0; i < itemCount; ) {
    const tag = r.readTagged();
    if (tag === TAG_A) {
      if (r.val > nameCount) r.fail(`file name index ${r.val} out of range`);
      nameIndex = r.val;
    } else if (tag === TAG_I) {
      if (r.big !== null || r.val < 0) r.fail('bad line number');
      itemLines[i] = r.val;
      itemNames[i] = nameIndex;
      i++;
    } else {
      r.fail(`illegal line item tag ${tag}`);
    }
  }
  const names: string[] = [`${L.name}.erl`];
  for (let i = 0; i < nameCount; i++) {
    const len = r.u16();
    const s = decodeUtf8(r.bytes(len), r.where);
    names.push(s === '' ? names[0] : s);
  }
  const out: LineRef[] = new Array(itemCount + 1);
  out[0] = unknown;
  for (let i = 0; i < itemCount; i++) out[i + 1] = { file: names[itemNames[i]], line: itemLines[i] };
  return out;
}

/** The number of Type chunk entries (what typed register operands index). */
function readTypeCount(L: Loader, c: Chunk): number {
  const r: Cursor = L.cursor(c);
  const version = r.u32();
  if (version !== 1 && version !== 2) return 0; // unknown format: no type information
  return r.count('type', 2);
}

function readTypes(L: Loader, c: Chunk, n: number): BeamTypeEntry[] {
  if (n === 0) return [];
  const r: Cursor = L.cursor(c);
  const version = r.u32();
  r.u32(); // the count, n
  const out: BeamTypeEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const bits = r.u16();
    if (bits === 0) r.fail(`type ${i} is empty`);
    let min: bigint | null = null, max: bigint | null = null, unit = 1;
    if (version === 1) {
      // OTP 25: every entry carries both bounds; min > max means "no range"
      const lo = i64(r), hi = i64(r);
      if (lo <= hi) { min = lo; max = hi; }
      out[i] = { types: bits, min, max, unit };
      continue;
    }
    if (bits & 0x2000) min = i64(r);
    if (bits & 0x4000) max = i64(r);
    if (bits & 0x8000) unit = r.u8() + 1;
    out[i] = { types: bits & 0x1fff, min, max, unit };
  }
  return out;
}

function i64(r: Cursor): bigint {
  const hi = r.i32(), lo = r.u32();
  return (BigInt(hi) << 32n) | BigInt(lo);
}

// module_info(md5): the BEAM's checksum over the chunks that define the
// module's behaviour, in this order; FunT's OldUniq fields count as zero.
function moduleMd5(file: BeamChunks, atomChunk: Chunk): Uint8Array {
  const h = new Md5();
  h.update(atomChunk.data);
  for (const id of ['Code', 'StrT', 'ImpT', 'ExpT']) {
    const c = file.byId.get(id);
    if (c) h.update(c.data);
  }
  const funT = file.byId.get('FunT');
  if (funT) {
    const d = funT.data;
    if (d.length >= 4) {
      h.update(d.subarray(0, 4));
      const zero = new Uint8Array(4);
      for (let p = 4; p + 24 <= d.length; p += 24) {
        h.update(d.subarray(p, p + 20));
        h.update(zero);
      }
    }
  }
  for (const id of ['LitT', 'Meta']) {
    const c = file.byId.get(id);
    if (c) h.update(c.data);
  }
  return h.digest();
}
