// Erlang time units as parts per second (erlang:convert_time_unit/3 and friends).

import { atom, type Term } from '../term/types.js';
import { badarg } from '../vm/exception.js';

const UNITS = new Map<Term, number>([
  [atom('second'), 1],
  [atom('seconds'), 1],
  [atom('millisecond'), 1000],
  [atom('milli_seconds'), 1000],
  [atom('microsecond'), 1_000_000],
  [atom('micro_seconds'), 1_000_000],
  [atom('nanosecond'), 1_000_000_000],
  [atom('nano_seconds'), 1_000_000_000],
  [atom('native'), 1_000_000_000],
  [atom('perf_counter'), 1_000_000_000],
]);

/** Parts per second of a time unit term (an atom, or a positive integer). */
export function timeUnitFactor(unit: Term): number {
  if (typeof unit === 'number' && unit > 0) return unit;
  const f = UNITS.get(unit);
  if (f === undefined) badarg();
  return f;
}
