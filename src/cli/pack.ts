// `popcorn pack EBIN_DIR... -o bundle.avm [--start MOD] [--keep MOD]...
// [--no-shake] [--elixir|--erlang] [--verbose] [--why MOD]`: writes the
// program's AtomVM pack (src/pack/pack.ts) and says what it kept.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultCodePath } from '../host/node.js';
import { buildPack, gzipSize, PackError, type PackOptions, type PackResult } from '../pack/pack.js';
import { packageRoot, UsageError } from './main.js';

interface PackArgs {
  opts: PackOptions;
  out: string;
  verbose: boolean;
  why: string[];
}

export function parsePackArgs(argv: string[]): PackArgs {
  const opts: PackOptions = { ebinDirs: [], searchPath: [], keep: [] };
  let out: string | null = null;
  let verbose = false;
  const why: string[] = [];
  const value = (i: number, what: string): string => {
    const v = argv[i];
    if (v === undefined) throw new UsageError(`${argv[i - 1]} needs ${what}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') out = value(++i, 'a file name');
    else if (a === '--start') opts.start = value(++i, 'a module');
    else if (a === '--keep') opts.keep!.push(value(++i, 'a module'));
    else if (a === '--why') why.push(value(++i, 'a module'));
    else if (a === '--no-shake') opts.shake = false;
    else if (a === '--elixir') opts.elixir = true;
    else if (a === '--erlang') opts.elixir = false;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else opts.ebinDirs.push(a);
  }
  if (opts.ebinDirs.length === 0) throw new UsageError('pack needs at least one EBIN_DIR');
  if (out === null) throw new UsageError('pack needs -o FILE.avm');
  return { opts, out, verbose, why };
}

export function packCommand(argv: string[]): number {
  const args = parsePackArgs(argv);
  args.opts.libEbin = path.join(packageRoot(), 'build', 'lib', 'ebin');
  args.opts.searchPath = defaultCodePath();
  let result: PackResult;
  try {
    result = buildPack(args.opts);
  } catch (e) {
    if (e instanceof PackError) {
      process.stderr.write(`popcorn: pack: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  fs.writeFileSync(args.out, result.bytes);
  process.stdout.write(report(result, args));
  return 0;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function report(r: PackResult, args: PackArgs): string {
  const lines: string[] = [];
  const byApp = new Map<string, { count: number; size: number }>();
  for (const m of r.modules) {
    const s = byApp.get(m.app) ?? { count: 0, size: 0 };
    s.count++;
    s.size += m.size;
    byApp.set(m.app, s);
  }
  lines.push(`${args.out}: ${r.modules.length} modules, ${r.files.length} files`);
  for (const [app, s] of [...byApp].sort((a, b) => b[1].size - a[1].size)) {
    lines.push(`  ${app.padEnd(16)} ${String(s.count).padStart(4)} modules ${kb(s.size).padStart(11)}`);
  }
  lines.push(`  size: ${kb(r.bytes.length)} raw, ${kb(gzipSize(r.bytes))} gzipped`);
  for (const m of r.missing) lines.push(`  warning: ${m} is on no code path`);
  if (args.verbose) {
    for (const m of [...r.modules].sort((a, b) => b.size - a.size)) {
      lines.push(`  ${m.module} (${m.app}, ${kb(m.size)})${m.via ? ` <- ${m.via}` : ' root'}`);
    }
    for (const f of r.files) lines.push(`  file ${f}`);
  }
  for (const w of args.why) lines.push(...whyLines(r, w));
  return lines.join('\n') + '\n';
}

/** `--why MOD`: the chain of reached functions from a root to MOD, or why it was left out. */
export function whyLines(r: PackResult, module: string): string[] {
  const reach = r.reach;
  if (reach.kept.has(module)) return [`why ${module}:`, ...reach.why(module).map((s) => `    ${s}`)];
  const cutBy = reach.cut.get(module);
  if (cutBy === undefined) return [`why ${module}: not kept (nothing reached names it)`];
  return [
    `why ${module}: not kept; ${cutBy} names it, but ${reach.coldReason(module)} (--keep ${module} keeps it); ${cutBy} is kept by:`,
    ...reach.why(cutBy).map((s) => `    ${s}`),
  ];
}
