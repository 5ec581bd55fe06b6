// Calendar-time BIFs: date/0, time/0, localtime/0, universaltime/0 and the
// conversions between local time, UTC and POSIX seconds. The wall clock is
// the host's; the local zone is the JS engine's (under Node it follows TZ).
// Dates are proleptic Gregorian; day arithmetic is exact integer math so
// years far outside the JS Date range still convert.

import { Atom, UNDEFINED, TRUE, FALSE, type Term } from '../term/types.js';
import { badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { defineNatives } from './registry.js';

const DAYS_PER_400Y = 146097;
const SECS_PER_DAY = 86400;

/** Days from 1970-01-01 to Y-M-D (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_400Y + doe - 719468;
}

/** [Y, M, D] for a day count from 1970-01-01. */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / DAYS_PER_400Y);
  const doe = z - era * DAYS_PER_400Y;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isInt(t: Term): t is number {
  return typeof t === 'number';
}

/** {{Y,M,D},{H,Mi,S}} -> seconds since the epoch (as if UTC), or badarg. minYear bounds the year. */
function dateTimeArg(t: Term, minYear: number): number {
  if (!Array.isArray(t) || t.length !== 2) badarg();
  const [date, time] = t;
  if (!Array.isArray(date) || date.length !== 3 || !Array.isArray(time) || time.length !== 3) badarg();
  const [y, m, d] = date;
  const [h, mi, s] = time;
  if (!isInt(y) || !isInt(m) || !isInt(d) || !isInt(h) || !isInt(mi) || !isInt(s)) badarg();
  if (y < minYear || y >= 2147483647 - 1900 || m < 1 || m > 12 || d < 1) badarg();
  const dim = m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m];
  if (d > dim || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) badarg();
  return daysFromCivil(y, m, d) * SECS_PER_DAY + h * 3600 + mi * 60 + s;
}

function dateTimeTerm(secs: number): Term {
  const days = Math.floor(secs / SECS_PER_DAY);
  let rem = secs - days * SECS_PER_DAY;
  const [y, m, d] = civilFromDays(days);
  const h = Math.floor(rem / 3600);
  rem -= h * 3600;
  const mi = Math.floor(rem / 60);
  return [[y, m, d], [h, mi, rem - mi * 60]];
}

// JS Date covers +-8.64e15 ms; shift far instants by whole 400-year cycles
// (which repeat the calendar exactly) so the zone rules still apply.
const CYCLE_SECS = DAYS_PER_400Y * SECS_PER_DAY;
const SAFE_SECS = 8e12;

/** The local zone's offset east of UTC, in seconds, at UTC instant `secs`. */
function utcOffsetAt(secs: number): number {
  if (secs > SAFE_SECS || secs < -SAFE_SECS) {
    secs -= Math.floor(secs / CYCLE_SECS) * CYCLE_SECS;
  }
  return -Math.round(new Date(secs * 1000).getTimezoneOffset() * 60);
}

/** The zone's standard and daylight offsets in the year around UTC instant `secs`. */
function zoneOffsets(secs: number): [std: number, dst: number] {
  const [y] = civilFromDays(Math.floor(secs / SECS_PER_DAY));
  const a = utcOffsetAt(daysFromCivil(y, 1, 1) * SECS_PER_DAY);
  const b = utcOffsetAt(daysFromCivil(y, 7, 1) * SECS_PER_DAY);
  return a <= b ? [a, b] : [b, a];
}

/** Local wall-clock seconds -> UTC seconds, as mktime does with tm_isdst = isDst (-1: unknown). */
function localToUtc(local: number, isDst: -1 | 0 | 1): number {
  const [std, dst] = zoneOffsets(local);
  if (isDst === 1) return local - dst;
  if (isDst === 0) return local - std;
  const tStd = local - std;
  if (utcOffsetAt(tStd) === std) return tStd;
  const tDst = local - dst;
  if (utcOffsetAt(tDst) === dst) return tDst;
  // a zone change other than DST: the offset in force there, if consistent;
  // a time in the DST gap reads as standard time, as mktime does
  const t = local - utcOffsetAt(tStd);
  return local - utcOffsetAt(t) === t ? t : tStd;
}

function nowSecs(): number {
  return Math.floor(current().vm.host.systemMs() / 1000);
}

function localNow(): Term {
  const t = nowSecs();
  return dateTimeTerm(t + utcOffsetAt(t));
}

function dstArg(t: Term): -1 | 0 | 1 {
  if (t === TRUE) return 1;
  if (t === FALSE) return 0;
  if (t === UNDEFINED) return -1;
  return badarg();
}

defineNatives('erlang', {
  'date/0': () => (localNow() as Term[])[0],
  'time/0': () => (localNow() as Term[])[1],
  'localtime/0': localNow,
  'universaltime/0': () => dateTimeTerm(nowSecs()),
  'localtime_to_universaltime/1': (lt) => dateTimeTerm(localToUtc(dateTimeArg(lt, 1902), -1)),
  'localtime_to_universaltime/2': (lt, dst) => {
    const secs = dateTimeArg(lt, 1902);
    if (!(dst instanceof Atom)) badarg();
    return dateTimeTerm(localToUtc(secs, dstArg(dst)));
  },
  'universaltime_to_localtime/1': (ut) => {
    const secs = dateTimeArg(ut, 1902);
    return dateTimeTerm(secs + utcOffsetAt(secs));
  },
  'universaltime_to_posixtime/1': (ut) => dateTimeArg(ut, 1600),
  'posixtime_to_universaltime/1': (p) => {
    if (typeof p !== 'number' || Math.abs(p) > 2 ** 52) badarg();
    return dateTimeTerm(p);
  },
});
