// The decoded form of a module: what the loader produces and the executor
// (and, later, the BEAM-to-JS compiler) consumes. It mirrors genop.tab:
// one Instr per generic instruction, operands resolved once at load time.
//
// Operand representation (the `args` of an Instr):
//   x/y/fr register          -> Reg   (k = X | Y | FR; `type` kept from typed registers)
//   integer/atom/nil/literal  -> Lit   (the term itself, literals from LitT resolved)
//   label                     -> Label (index into Module.code of the label's first
//                                       instruction; label 0, "no fail label", is Label(-1))
//                                       The loader keeps `label` instructions in `code` and
//                                       points at that `label` instruction (a no-op).
//                                       Labels are shared objects, one per label number.
//   untagged integer (u)      -> number
//   extended list {list,...}  -> ExtList (items are operands)
//   allocation list           -> AllocList
//   char                      -> Lit (integer)
//   import index (call_ext*, bif*, gc_bif*) -> Import (the shared entry from Module.imports)
//   fun index (make_fun*)     -> FunEntry
//   a float literal           -> Lit (Float)
// Atom operands where genop.tab names an atom (e.g. func_info M F, test_heap,
// bs options) are Lit holding the Atom.

import type { Atom, Term } from '../term/types.js';

export const enum RegKind {
  X = 0,
  Y = 1,
  FR = 3,
}

export class Reg {
  constructor(
    readonly k: RegKind,
    readonly n: number,
    /** the type-table index from a typed register (OTP 25+), or -1 */
    readonly type: number = -1,
  ) {}
}

export class Lit {
  constructor(readonly value: Term) {}
}

export class Label {
  constructor(readonly index: number) {}
}

export class ExtList {
  constructor(readonly items: Operand[]) {}
}

export class AllocList {
  constructor(
    readonly words: number,
    readonly floats: number,
    readonly funs: number,
  ) {}
}

export type Operand = Reg | Lit | Label | ExtList | AllocList | Import | FunEntry | number;

/**
 * An external function a module calls. The VM binds `target` lazily the
 * first time it is called (a native, or an exported function of a loaded
 * module); the loader leaves it null.
 */
export class Import {
  target: unknown = null;
  constructor(
    readonly module: Atom,
    readonly name: Atom,
    readonly arity: number,
  ) {}
}

/** A FunT entry: the code of a local fun. */
export class FunEntry {
  constructor(
    readonly name: Atom,
    readonly arity: number,
    /** index into Module.code of the fun's entry label */
    readonly label: number,
    readonly index: number,
    readonly numFree: number,
    readonly oldUniq: number,
  ) {}
}

export class Instr {
  constructor(
    /** opcode number from genop.tab */
    readonly op: number,
    readonly args: Operand[],
  ) {}
}

/**
 * Lazily loaded code (see code_scan.ts): the loader validates the whole
 * Code chunk at load time but builds a function's Instr objects only when
 * something first reads them. Until then every position of Module.code
 * holds the shared UNDECODED instruction; the VM calls decodeAt on meeting
 * it. Instruction positions are final from the start.
 */
export const OP_UNDECODED = 249;
export const UNDECODED = new Instr(OP_UNDECODED, []);

export interface LazyCode {
  /** decode the function holding instruction `ip` (a no-op once done) */
  decodeAt(ip: number): void;
  /** decode every function */
  decodeAll(): void;
  /** the first instruction of each function (its leading labels and lines), ascending */
  readonly functionStarts: Int32Array;
}

export interface FunctionInfo {
  name: Atom;
  arity: number;
  /** index into Module.code of the function's entry (the label after func_info) */
  entry: number;
  /** index of the func_info instruction */
  funcInfo: number;
}

export interface LineRef {
  /** source file name (as in the Line chunk; '' when unknown) */
  file: string;
  line: number;
}

export interface Module {
  name: Atom;
  /** every instruction of the module; labels resolved to indices here */
  code: Instr[];
  /** label number -> index into code */
  labels: Int32Array;
  /** "name/arity" -> function */
  exports: Map<string, FunctionInfo>;
  /** every function, exported or not, in code order */
  functions: FunctionInfo[];
  imports: Import[];
  funs: FunEntry[];
  literals: Term[];
  /** the StrT chunk (used by bs_match_string / bs_put_string) */
  strings: Uint8Array;
  /** line operand index (from `line` instructions) -> location; index 0 = unknown */
  lines: LineRef[];
  /** Attr chunk decoded (a proplist), NIL when absent */
  attributes: Term;
  /** CInf chunk decoded, NIL when absent */
  compileInfo: Term;
  /** the Type chunk's decoded type table when present (opaque to the executor) */
  types: unknown[];
  /** the module's MD5 (as module_info(md5) reports it) */
  md5: Uint8Array;
  /** present when `code` is decoded on demand (loadBeam's lazy option) */
  lazy?: LazyCode;
}
