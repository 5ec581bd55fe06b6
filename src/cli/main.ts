// The `popcorn` command.
//   popcorn run [--path DIR]... --entry MOD:FUN [--print] [ARG...]
//   popcorn run FILE.erl... [--entry MOD:FUN] ...   (compiled with the host's erlc first)
//   popcorn run FILE.ex... [--entry MOD:FUN] ...    (elixirc first; runs as `elixir` runs code)
//   popcorn run MIX_PROJECT_DIR ... / popcorn test MIX_PROJECT_DIR ...   (mix.ts: as mix run / mix test)
// Exit status: 0 on a normal return, 1 when the entry process crashes, 2 on usage errors.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './run.js';
import { buildCommand } from './build.js';
import { serveCommand } from './serve.js';
import { isMixProjectArg, mixRunCommand, mixTestCommand } from './mix.js';
import { packCommand } from './pack.js';

export const USAGE = `usage:
  popcorn run [--path DIR]... --entry MOD:FUN [--print] [ARG...]
  popcorn run FILE.erl... [--path DIR]... [--entry MOD:FUN] [--print] [ARG...]
  popcorn run FILE.ex... [--path DIR]... [--entry MOD:FUN] [ARG...]

  --path DIR      add DIR (a directory of .beam files) to the code path, before OTP's
  --entry M:F     call M:F() (or M:F([ARG...]) when ARGs are given); default: main of the
                  first FILE.erl, or Elixir.Main:main (or the only module) for FILE.ex
  --print         print the return value as io:format("~p~n", [Result]) does
  --elixir        run the entry as \`elixir\` runs a program: start the elixir and logger
                  applications, ARGs in System.argv/0, errors printed as Elixir prints them

  popcorn run MIX_PROJECT_DIR [--no-halt] [--permanent|--temporary] [-- ARG...]
                  compile with the host's mix, start the project's application as
                  \`mix run\` does (ARGs: System.argv/0)
  popcorn build MIX_PROJECT_DIR [-o DIR]
                  compile with the host's mix, pack, and write a static site (default: dist/)
  popcorn serve DIR [--port N]
                  serve a built site on localhost (default port 8080)
  popcorn test MIX_PROJECT_DIR [mix test options] [TEST_FILE...]
                  compile the project and its tests on the host, run them with ExUnit

  popcorn pack EBIN_DIR... -o BUNDLE.avm [--start MOD] [--keep MOD]... [--no-shake] [--verbose]
                  write an AtomVM pack of the program's modules and the OTP/Elixir
                  modules they reach (tree shaken), with .app and priv files
  popcorn run --bundle BUNDLE.avm --entry MOD:FUN [--elixir] [--print] [ARG...]
                  run with every module loaded from the bundle
`;

/** The directory this package is installed in (two levels above build/src/cli). */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

export class UsageError extends Error {}

export async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run':
        // Exit at once, as erl halts after its entry: processes still
        // waiting on timers must not keep the CLI alive. Output is already
        // written (the Node host writes synchronously).
        process.exit(await (isMixProjectArg(rest) ? mixRunCommand(rest) : runCommand(rest)));
      case 'test':
        process.exit(await mixTestCommand(rest));
      case 'pack':
        process.exitCode = packCommand(rest);
        return;
      case 'build':
        process.exitCode = buildCommand(rest);
        return;
      case 'serve':
        await serveCommand(rest);
        return;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        process.exitCode = cmd === undefined ? 2 : 0;
        return;
      default:
        throw new UsageError(`unknown command '${cmd}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`popcorn: ${e.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
