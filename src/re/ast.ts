// The tree a PCRE pattern parses to, the flags its nodes carry, and what
// parse() returns. Shared by the parser (parse*.ts), the compiler and the matcher.

import type { CharSet } from './charset.js';

export const F_I = 1, F_M = 2, F_S = 4, F_X = 8, F_U = 16, F_D = 32;

export const enum A { BOL, MBOL, EOL, MEOL, EOLD, WORDB, NWORDB, BEGIN, END, ENDZ, GSTART }

export type Node =
  | { t: 'chr'; c: number; ci: boolean }
  | { t: 'any'; dotall: boolean }
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'cap'; n: number; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number; mode: number }
  | { t: 'assert'; k: A }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'bref'; n: number; name: string | null; ci: boolean }
  | { t: 'cond'; k: C; n: number; name: string | null; look: Node | null; yes: Node; no: Node | null }
  | { t: 'call'; n: number; name: string | null }
  | { t: 'verb'; v: V; name: string | null }
  | { t: 'nl' }
  | { t: 'xseq' }
  | { t: 'keep' }
  | { t: 'fail' };

/** Condition kinds of (?(...)yes|no). */
export const enum C { GROUP, RECURSE, DEFINE, ASSERT }

/** Backtracking control verbs (FAIL is the 'fail' node). */
export const enum V { ACCEPT, COMMIT, PRUNE, SKIP, THEN, MARK }

export class ReError {
  constructor(readonly msg: string, readonly pos: number) {}
}

export interface ParseOpts {
  flags: number;
  utf: boolean;
  ucp: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  bsrAnycrlf: boolean;
}

export interface Parsed {
  root: Node;
  ncap: number;
  /** name -> group numbers (in order of appearance) */
  names: Map<string, number[]>;
  utf: boolean;
  ucp: boolean;
  /** set by leading (*VERB)s */
  newline: string | null;
  /** the first capturing node of each group number (subroutine calls jump to it) */
  groups: (Node | undefined)[];
  /** names used by (*MARK:NAME) and friends, indexed by id */
  marks: string[];
  hasThen: boolean;
  hasAccept: boolean;
  /** (*NO_START_OPT): try every start position (observable with verbs) */
  noStartOpt: boolean;
}
