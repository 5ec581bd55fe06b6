// The BEAM's report for a process that dies of an uncaught error or throw:
//   =ERROR REPORT==== 21-Nov-2026::13:45:01.123456 ===
//   Error in process <0.84.0> with exit value:
//   {badarith,[...]}
// (a blank line follows). Exits by exit/1 are not reported.

import { Atom, Cons, NIL, Pid, type Term } from '../term/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Local time as the logger prints it: 21-Nov-2026::13:45:01.123456 */
export function reportTime(ms: number): string {
  const d = new Date(ms);
  const us = Math.floor((ms % 1000) * 1000);
  return (
    `${pad(d.getDate(), 2)}-${MONTHS[d.getMonth()]}-${d.getFullYear()}::` +
    `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}.${pad(us, 6)}`
  );
}

type Formatter = (t: Term) => string;
// The term printer (src/term/print.ts) is looked up at run time so this file
// does not depend on its exact exports; a plain fallback covers its absence.
const printPath = '../term/print.js';
const print = (await import(printPath).catch(() => null)) as Record<string, unknown> | null;
const pretty: Formatter =
  (print?.['formatPretty'] ?? print?.['prettyTerm'] ?? print?.['formatTerm'] ?? fallback) as Formatter;

function fallback(t: Term): string {
  if (t instanceof Atom) return t.name;
  if (Array.isArray(t)) return '{' + t.map(fallback).join(',') + '}';
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      parts.push(fallback(l.head));
      l = l.tail;
    }
    return '[' + parts.join(',') + (l === NIL ? '' : '|' + fallback(l)) + ']';
  }
  if (t instanceof Pid) return `<0.${t.id}.${t.serial}>`;
  return String(t);
}

export function errorReport(pid: Pid, reason: Term, nowMs: number): Uint8Array {
  const text =
    `=ERROR REPORT==== ${reportTime(nowMs)} ===\n` +
    `Error in process <0.${pid.id}.${pid.serial}> with exit value:\n` +
    `${pretty(reason)}\n\n`;
  return new TextEncoder().encode(text);
}
