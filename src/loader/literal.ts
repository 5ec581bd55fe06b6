// External-term-format literals (LitT entries, Attr, CInf), decoded by the
// term layer's ETF decoder; its failures become LoadErrors.

import { decodeTerm } from '../term/etf.js';
import { LoadError } from './cursor.js';
import type { Term } from '../term/types.js';

export function decodeLiteral(bytes: Uint8Array, offset: number, where: string, index = -1): Term {
  try {
    return decodeTerm(bytes, offset).term;
  } catch {
    // the message is built only here: a module has hundreds of literals
    throw new LoadError(`${where}${index >= 0 ? `: literal ${index}` : ''}: malformed external term`);
  }
}
