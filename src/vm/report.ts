// The BEAM's report for a process that dies of an uncaught error or throw:
//   =ERROR REPORT==== 21-Nov-2026::13:45:01.123456 ===
//   Error in process <0.84.0> with exit value:
//   {badarith,[...]}
// (a blank line follows). Exits by exit/1 are not reported.

import type { Pid, Term } from '../term/types.js';
import { formatPretty } from '../term/pretty.js';
import { formatPid } from '../term/print.js';

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

export function errorReport(pid: Pid, reason: Term, nowMs: number): Uint8Array {
  const text =
    `=ERROR REPORT==== ${reportTime(nowMs)} ===\n` +
    `Error in process ${formatPid(pid)} with exit value:\n` +
    `${formatPretty(reason)}\n\n`;
  return new TextEncoder().encode(text);
}

/** The BEAM's report for a .beam file that cannot be loaded, with our reason on a second line. */
export function loadFailureReport(module: string, detail: string, nowMs: number): Uint8Array {
  const text =
    `=ERROR REPORT==== ${reportTime(nowMs)} ===\n` +
    `Loading of ${module}.beam failed: badfile\n${detail}\n\n`;
  return new TextEncoder().encode(text);
}
