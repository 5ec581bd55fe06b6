// Formats benchmark results as a Markdown table (for the console and for
// bench/RESULTS.md).

export type Outcome =
  | { ok: true; ms: number; checksum: string }
  | { ok: false; status: string; detail: string };

export interface BenchRow {
  name: string;
  beam: Outcome;
  ours: Outcome;
  /** both sides ran and their checksums differ */
  mismatch: boolean;
}

export interface ProbeRow {
  label: string;
  beam: string;
  ours: string;
  note: string;
}

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  otp: string;
  erts: string;
  /** erlang:system_info(emu_flavor): jit or emu */
  flavor: string;
}

function cell(o: Outcome): string {
  return o.ok ? o.ms.toFixed(1) : o.status;
}

/** ours / BEAM time, or null when either side has no valid time. */
export function ratio(r: BenchRow): number | null {
  if (!r.beam.ok || !r.ours.ok || r.mismatch || r.beam.ms <= 0) return null;
  return r.ours.ms / r.beam.ms;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function timingTable(rows: BenchRow[]): string {
  const lines = ['| benchmark | BEAM ms | ours ms | ratio | checksum |', '|---|---:|---:|---:|---|'];
  for (const r of rows) {
    const q = ratio(r);
    const sum = r.mismatch
      ? `MISMATCH (BEAM ${(r.beam as { checksum: string }).checksum}, ours ${(r.ours as { checksum: string }).checksum})`
      : r.beam.ok
        ? r.beam.checksum
        : r.ours.ok
          ? r.ours.checksum
          : '';
    lines.push(`| ${r.name} | ${cell(r.beam)} | ${cell(r.ours)} | ${q === null ? '-' : q.toFixed(1) + '×'} | ${sum} |`);
  }
  const m = median(rows.map(ratio).filter((x): x is number => x !== null));
  lines.push('');
  lines.push(`Median ratio (ours / BEAM): ${m === null ? 'n/a' : m.toFixed(1) + '×'}`);
  return lines.join('\n');
}

/** Text made safe for one Markdown table cell. */
export function safeCell(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').replace(/\|/g, '/');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export function probeTable(rows: ProbeRow[]): string {
  const lines = ['| probe | BEAM | ours | note |', '|---|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.label} | ${safeCell(r.beam)} | ${safeCell(r.ours)} | ${r.note} |`);
  return lines.join('\n');
}

/** Failure details worth showing under the tables; identical ones grouped. */
export function failureNotes(rows: BenchRow[]): string {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    for (const [side, o] of [['BEAM', r.beam], ['ours', r.ours]] as const) {
      if (o.ok || !o.detail) continue;
      const key = `(${side}, ${o.status}): \`${safeCell(o.detail, 240).replace(/`/g, "'")}\``;
      const names = groups.get(key) ?? [];
      names.push(r.name);
      groups.set(key, names);
    }
  }
  return [...groups].map(([key, names]) => `- ${names.join(', ')} ${key}`).join('\n');
}

export function resultsMarkdown(m: Machine, timings: string, probes: string, notes: string, cmdline: string): string {
  return `# Benchmark results

Produced by \`${cmdline}\` (see bench/README.md). Times are the median of the
timed iterations after one warm-up, measured inside each VM by the same
Erlang harness (bench/programs/bench_harness.erl); ratio = ours / BEAM
(lower is better, 1.0× = as fast as the BEAM JIT).

## Machine

- date: ${m.date}
- CPU: ${m.cpu} (nproc ${m.nproc})
- Node.js: ${m.node}
- Erlang/OTP: ${m.otp} (erts ${m.erts}, emulator flavor ${m.flavor})

## Timings

${timings}
${notes ? `\nFailures:\n\n${notes}\n` : ''}
## Footprint

${probes}
`;
}
