// The io module's one BIF.

import { atom, type Term } from '../term/types.js';
import { defineNatives } from './registry.js';

const LATIN1 = atom('latin1');

defineNatives('io', {
  // erl's default (+pc latin1): only latin-1 characters count as printable in ~p.
  'printable_range/0': (): Term => LATIN1,
});
