// Tree shaking: which modules of the code path a program can reach, by a
// walk over functions. A function reaches the functions it calls (locally,
// through the import table, through export funs and MFA literals) and the
// funs it makes. An atom it builds or passes as a value that names a
// module may be handed to apply/spawn/a behaviour, which then calls M:F
// with F a value too: so it reaches those exports of M whose names are
// values in some reached function (gen_server's Mod:handle_call names
// handle_call). Functions of a kept module that nothing reaches do not
// count: Enum keeps its callers' needs, not every module any Enum function
// names. Roots (the program's modules, our boot code, application
// callbacks, --keep) reach all their exports.
//
// Elixir protocols dispatch to <Protocol>.<Type> modules they name only at
// run time, so a kept protocol keeps its implementations: those for
// built-in types always, one for a struct once the struct's module is kept
// (a %T{} value can only be built by code that names T). Elixir macros
// ('MACRO-' functions) run only in the compiler and are never walked.
//
// Cold modules (roots.ts: compile-time, networking, applications other
// than the runtime's) are entered only from the program's own modules or
// from cold modules the program entered: the runtime names the compiler
// on paths a program that does not compile code never takes.

import type { CodeIndex } from './code_index.js';
import type { BeamInfo } from './beam_scan.js';

/** The types of Elixir's built-in protocol dispatch (not structs). */
const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  'Atom', 'BitString', 'Float', 'Function', 'Integer', 'List', 'Map', 'PID', 'Port', 'Reference',
  'Tuple', 'Any',
].map((t) => 'Elixir.' + t));

interface ModuleState {
  info: BeamInfo;
  reached: Uint8Array;
  /** every export reached (an entry point) */
  allExports: boolean;
  /** named as a value: the exports whose names are values somewhere are reached */
  dynamic: boolean;
}

export class Reachability {
  /** module -> the module that first named it (null for a root) */
  readonly kept = new Map<string, string | null>();
  /** roots that are not on the code path */
  readonly missing: string[] = [];
  /** target -> the first kept module whose reference to it was not followed (cold) */
  readonly cut = new Map<string, string>();
  private readonly state = new Map<string, ModuleState>();
  /** [module, function index] to walk */
  private readonly queue: Array<[ModuleState, number]> = [];
  private readonly newModules: string[] = [];
  /** struct module -> implementations waiting for it to be kept */
  private readonly pendingImpls = new Map<string, BeamInfo[]>();
  /** kept modules whose references to cold modules are followed */
  private readonly entitled = new Set<string>();

  /**
   * `isProgram`: the program's own modules. `cold`: modules that only the
   * program (or a cold module it entered) can bring in; see roots.ts.
   */
  constructor(
    private readonly index: CodeIndex,
    private readonly isProgram: (module: string) => boolean = () => true,
    private readonly cold: (module: string) => boolean = () => false,
  ) {}

  /**
   * Keep `module` and (after run()) all its exports reach. `explicit`: the
   * program asked for it (--keep), so it may bring in cold modules.
   */
  addRoot(module: string, explicit = false): void {
    if (!this.index.has(module)) {
      if (!this.missing.includes(module)) this.missing.push(module);
      return;
    }
    this.keep(module, null, explicit || this.isProgram(module));
    this.reachAll(module);
  }

  /** Keep `module` in the pack; its functions count only once something reaches them. */
  addModule(module: string): void {
    if (!this.index.has(module)) {
      if (!this.missing.includes(module)) this.missing.push(module);
      return;
    }
    this.keep(module, null, false);
  }

  private keep(module: string, via: string | null, entitled: boolean): ModuleState {
    let st = this.state.get(module);
    if (st !== undefined) {
      // reached again, now from the program: walk its cold references too
      if (entitled && !this.entitled.has(module)) {
        this.entitled.add(module);
        st.info.functions.forEach((_, i) => {
          if (st!.reached[i]) this.queue.push([st!, i]);
        });
      }
      return st;
    }
    const info = this.index.scan(module);
    st = { info, reached: new Uint8Array(info.functions.length), allExports: false, dynamic: false };
    this.state.set(module, st);
    this.kept.set(module, via);
    if (entitled) this.entitled.add(module);
    this.newModules.push(module);
    return st;
  }

  private reachFn(st: ModuleState, i: number): void {
    if (st.reached[i] || st.info.functions[i].macro) return;
    st.reached[i] = 1;
    this.queue.push([st, i]);
  }

  /** module -> the module that named it as a value; null: a root */
  readonly dynamicBy = new Map<string, string | null>();
  /** every atom built or passed as a value by the functions reached */
  private readonly names = new Set<string>();
  /** function name -> exports of modules named as values, waiting for that name */
  private readonly waitingNames = new Map<string, Array<[ModuleState, number]>>();

  /** An entry point: every export reached. */
  private reachAll(module: string): void {
    const st = this.state.get(module)!;
    if (st.allExports) return;
    st.allExports = true;
    if (!this.dynamicBy.has(module)) this.dynamicBy.set(module, null);
    for (const i of st.info.exports.values()) this.reachFn(st, i);
  }

  /**
   * A module named as a value may be called as M:F(...) where F, too, is a
   * value: each export whose name is built or passed somewhere is reached,
   * now or once such a name appears.
   */
  private reachDynamic(module: string, by: string): void {
    const st = this.state.get(module)!;
    if (st.dynamic || st.allExports) return;
    st.dynamic = true;
    this.dynamicBy.set(module, by);
    for (const [fa, i] of st.info.exports) {
      const name = fa.slice(0, fa.lastIndexOf('/'));
      if (this.names.has(name)) this.reachFn(st, i);
      else {
        let w = this.waitingNames.get(name);
        if (w === undefined) this.waitingNames.set(name, (w = []));
        w.push([st, i]);
      }
    }
  }

  private addName(name: string): void {
    if (this.names.has(name)) return;
    this.names.add(name);
    const w = this.waitingNames.get(name);
    if (w === undefined) return;
    this.waitingNames.delete(name);
    for (const [st, i] of w) this.reachFn(st, i);
  }

  /** Whether module `from` may bring in `to`; records a cut when not. */
  private follows(from: string, to: string): boolean {
    if (!this.index.has(to)) return false;
    if (!this.cold(to) || this.entitled.has(from)) return true;
    if (!this.kept.has(to) && !this.cut.has(to)) this.cut.set(to, from);
    return this.kept.has(to);
  }

  private entitles(from: string, to: string): boolean {
    return this.isProgram(to) || (this.cold(to) && this.entitled.has(from));
  }

  /** Walk until nothing new is reached. */
  run(): void {
    for (;;) {
      while (this.queue.length > 0) {
        const [st, i] = this.queue.pop()!;
        const m = st.info.module;
        const f = st.info.functions[i];
        for (const l of f.locals) this.reachFn(st, l);
        for (const [cm, fa] of f.calls) {
          if (!this.follows(m, cm)) continue;
          const target = this.keep(cm, m, this.entitles(m, cm));
          const fi = target.info.exports.get(fa);
          if (fi !== undefined) this.reachFn(target, fi);
        }
        for (const a of f.names) this.addName(a);
        const impls = st.info.isProtocol ? this.implNames(m) : null;
        for (const a of f.values) if (impls === null || !impls.has(a)) this.value(m, a);
      }
      const fresh = this.newModules.splice(0);
      if (fresh.length === 0) break;
      for (const m of fresh) this.moduleKept(m);
    }
  }

  /** A module name handed on as a value: all its exports may be called. */
  private value(from: string, a: string): void {
    if (!this.index.has(a)) return;
    // An atom naming an application (sasl, ssl, kernel) is nearly always the
    // application's name (get_env, report keys); its callback module is kept
    // through the .app file when the application is started.
    if (this.index.apps.has(a)) return;
    if (!this.follows(from, a)) return;
    this.keep(a, from, this.entitles(from, a));
    this.reachDynamic(a, from);
  }

  /** What keeping a module implies beyond its functions: attributes, protocol implementations. */
  private moduleKept(m: string): void {
    const st = this.state.get(m)!;
    for (const a of st.info.attributeAtoms) {
      // -behaviour(B): B's behaviour_info/1 and callbacks are looked up at run time
      if (a !== m && this.index.has(a) && !this.index.apps.has(a) && this.follows(m, a)) {
        this.keep(a, m, this.entitles(m, a));
      }
    }
    const impl = st.info.protocolImpl;
    if (impl !== null && this.kept.has(impl.protocol)) this.reachDynamic(m, impl.protocol);
    const waiting = this.pendingImpls.get(m);
    if (waiting !== undefined) {
      this.pendingImpls.delete(m);
      for (const w of waiting) this.keepImpl(w.module, w.protocolImpl!.protocol);
    }
    if (st.info.isProtocol) {
      for (const impl of this.index.implementations(m)) {
        const t = impl.protocolImpl!.for;
        if (BUILTIN_TYPES.has(t) || this.kept.has(t) || !this.index.has(t)) {
          this.keepImpl(impl.module, m);
        } else {
          let list = this.pendingImpls.get(t);
          if (list === undefined) this.pendingImpls.set(t, (list = []));
          list.push(impl);
        }
      }
    }
  }

  private readonly implsOf = new Map<string, ReadonlySet<string>>();

  /**
   * The implementations of a protocol on the path and the types they are
   * for. A consolidated protocol names them all (impl_for/1 returns each
   * implementation, __protocol__(impls) lists the types); moduleKept
   * keeps the ones a value can dispatch to (built-in types, structs kept),
   * so these names are not followed as values.
   */
  private implNames(protocol: string): ReadonlySet<string> {
    let set = this.implsOf.get(protocol);
    if (set === undefined) {
      set = new Set(this.index.implementations(protocol).flatMap((i) => [i.module, i.protocolImpl!.for]));
      this.implsOf.set(protocol, set);
    }
    return set;
  }

  private keepImpl(module: string, protocol: string): void {
    this.keep(module, protocol, false);
    this.reachDynamic(module, protocol);
  }

  /** How `module` was reached: the chain from a root, root first. */
  chain(module: string): string[] {
    const out: string[] = [];
    for (let m: string | null | undefined = module; m != null && out.length < 100; m = this.kept.get(m)) out.push(m);
    return out.reverse();
  }
}
