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
// on paths a program that does not compile code never takes. The program's
// calls to a gateway (roots.ts COLD_GATEWAYS: Code.eval_string/1,
// Macro.to_string/1) let what the gateway function reaches enter cold
// modules too: that entitlement flows along calls, function by function.

import type { CodeIndex } from './code_index.js';
import type { BeamInfo } from './beam_scan.js';
import { COLD_GATEWAYS } from './roots.js';

/** The types of Elixir's built-in protocol dispatch (not structs). */
const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  'Atom', 'BitString', 'Float', 'Function', 'Integer', 'List', 'Map', 'PID', 'Port', 'Reference',
  'Tuple', 'Any',
].map((t) => 'Elixir.' + t));

/**
 * Why a function was reached: the reached function whose code names it
 * (`how` says in which way), or a root.
 */
export type Origin =
  | { kind: 'root'; why: string }
  | { kind: 'call' | 'value' | 'name' | 'local'; module: string; fn: number };

interface ModuleState {
  info: BeamInfo;
  reached: Uint8Array;
  /** functions reached from a gateway the program called: may enter cold modules */
  flow: Uint8Array;
  /** for each reached function, what reached it first */
  origin: Array<Origin | undefined>;
  /** the first function of this module reached (-1: none yet) */
  first: number;
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
    private readonly cold: (module: string) => boolean | string = () => false,
  ) {}

  /** Why a cold module is only entered from the program (the `cold` predicate's answer when it gives one). */
  coldReason(module: string): string {
    const c = this.cold(module);
    return typeof c === 'string' ? c : 'it is compile-time or outside the runtime applications';
  }

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
    this.reachAll(module, explicit ? '--keep' : 'a root');
  }

  /**
   * Keep `module`, entered only through `callbacks` ("name/arity"): an
   * application callback module that the .app file names, whose other
   * exports count only once something calls them (elixir:start_cli/0 is
   * the `elixir` command's, never a started application's). A program
   * module stays a root with all its exports.
   */
  addCallbackModule(module: string, callbacks: readonly string[]): void {
    if (!this.index.has(module)) {
      if (!this.missing.includes(module)) this.missing.push(module);
      return;
    }
    if (this.isProgram(module)) return this.addRoot(module);
    const st = this.keep(module, null, false);
    if (!this.dynamicBy.has(module)) this.dynamicBy.set(module, null);
    const origin: Origin = { kind: 'root', why: 'an application callback' };
    for (const fa of callbacks) {
      const i = st.info.exports.get(fa);
      if (i !== undefined) this.reachFn(st, i, origin);
    }
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
    const n = info.functions.length;
    st = { info, reached: new Uint8Array(n), flow: new Uint8Array(n), origin: [], first: -1, allExports: false, dynamic: false };
    this.state.set(module, st);
    this.kept.set(module, via);
    if (entitled) this.entitled.add(module);
    this.newModules.push(module);
    return st;
  }

  private reachFn(st: ModuleState, i: number, origin: Origin, flow = false): void {
    if (st.info.functions[i].macro) return;
    if (st.reached[i]) {
      // reached before without the gateway's entitlement: walk it again with it
      if (flow && !st.flow[i]) {
        st.flow[i] = 1;
        this.queue.push([st, i]);
      }
      return;
    }
    st.reached[i] = 1;
    if (flow) st.flow[i] = 1;
    st.origin[i] = origin;
    if (st.first < 0) st.first = i;
    this.queue.push([st, i]);
  }

  /** module -> the module that named it as a value; null: a root */
  readonly dynamicBy = new Map<string, string | null>();
  /** every atom built or passed as a value by the functions reached */
  private readonly names = new Set<string>();
  /** function name -> exports of modules named as values (and who named the module), waiting for that name */
  private readonly waitingNames = new Map<string, Array<[ModuleState, number, Origin]>>();
  /** function name -> the first reached function that builds or passes it */
  private readonly nameOrigin = new Map<string, Origin>();

  /** An entry point: every export reached. */
  private reachAll(module: string, why: string): void {
    const st = this.state.get(module)!;
    if (st.allExports) return;
    st.allExports = true;
    if (!this.dynamicBy.has(module)) this.dynamicBy.set(module, null);
    const origin: Origin = { kind: 'root', why };
    for (const i of st.info.exports.values()) this.reachFn(st, i, origin);
  }

  /**
   * A module named as a value may be called as M:F(...) where F, too, is a
   * value: each export whose name is built or passed somewhere is reached,
   * now or once such a name appears.
   */
  private reachDynamic(module: string, by: string, origin: Origin): void {
    const st = this.state.get(module)!;
    if (st.dynamic || st.allExports) return;
    st.dynamic = true;
    this.dynamicBy.set(module, by);
    for (const [fa, i] of st.info.exports) {
      const name = fa.slice(0, fa.lastIndexOf('/'));
      if (this.names.has(name)) this.reachFn(st, i, origin);
      else {
        let w = this.waitingNames.get(name);
        if (w === undefined) this.waitingNames.set(name, (w = []));
        w.push([st, i, origin]);
      }
    }
  }

  private addName(name: string, origin: Origin): void {
    if (this.names.has(name)) return;
    this.names.add(name);
    this.nameOrigin.set(name, origin);
    const w = this.waitingNames.get(name);
    if (w === undefined) return;
    this.waitingNames.delete(name);
    for (const [st, i, o] of w) this.reachFn(st, i, o);
  }

  /** Whether module `from` may bring in `to`; records a cut when not. */
  private follows(from: string, to: string, flow = false): boolean {
    if (!this.index.has(to)) return false;
    if (this.cold(to) === false || this.entitled.has(from) || flow) return true;
    if (!this.kept.has(to) && !this.cut.has(to)) this.cut.set(to, from);
    return this.kept.has(to);
  }

  private entitles(from: string, to: string): boolean {
    return this.isProgram(to) || (this.cold(to) !== false && this.entitled.has(from));
  }

  /** Walk until nothing new is reached. */
  run(): void {
    for (;;) {
      while (this.queue.length > 0) {
        const [st, i] = this.queue.pop()!;
        const m = st.info.module;
        const f = st.info.functions[i];
        const flow = st.flow[i] === 1;
        const local: Origin = { kind: 'local', module: m, fn: i };
        for (const l of f.locals) this.reachFn(st, l, local, flow);
        const call: Origin = { kind: 'call', module: m, fn: i };
        for (const [cm, fa] of f.calls) {
          if (!this.follows(m, cm, flow)) continue;
          const target = this.keep(cm, m, this.entitles(m, cm) || (flow && this.cold(cm) !== false));
          const fi = target.info.exports.get(fa);
          if (fi !== undefined) this.reachFn(target, fi, call, flow || (this.entitled.has(m) && isGateway(cm, fa)));
        }
        const name: Origin = { kind: 'name', module: m, fn: i };
        for (const a of f.names) this.addName(a, name);
        const value: Origin = { kind: 'value', module: m, fn: i };
        const impls = st.info.isProtocol ? this.implNames(m) : null;
        for (const a of f.values) if (impls === null || !impls.has(a)) this.value(m, a, value, flow);
      }
      const fresh = this.newModules.splice(0);
      if (fresh.length === 0) break;
      for (const m of fresh) this.moduleKept(m);
    }
  }

  /** A module name handed on as a value: all its exports may be called. */
  private value(from: string, a: string, origin: Origin, flow = false): void {
    if (!this.index.has(a)) return;
    // An atom naming an application (sasl, ssl, kernel) is nearly always the
    // application's name (get_env, report keys); its callback module is kept
    // through the .app file when the application is started.
    if (this.index.apps.has(a)) return;
    if (!this.follows(from, a, flow)) return;
    this.keep(a, from, this.entitles(from, a) || (flow && this.cold(a) !== false));
    this.reachDynamic(a, from, origin);
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
    if (impl !== null && this.kept.has(impl.protocol)) this.reachDynamic(m, impl.protocol, implOrigin(impl));
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
    const st = this.keep(module, protocol, false);
    this.reachDynamic(module, protocol, implOrigin(st.info.protocolImpl!));
  }

  /**
   * How `module` came to be kept, function by function: its first reached
   * function, what reached that, and so on back to a root; root first.
   * Each step reads "M:f/a" with how the next one follows from it.
   */
  why(module: string): string[] {
    const st0 = this.state.get(module);
    if (st0 === undefined) return [];
    if (st0.first < 0) {
      // kept with no function reached: a boot module, or a behaviour named by -behaviour
      const via = this.kept.get(module);
      return via == null ? [`${module} (a boot module)`] : [...this.why(via), `${module} (named in ${via}'s attributes)`];
    }
    const steps: string[] = [];
    const seen = new Set<string>();
    let st = st0;
    let i = st0.first;
    for (;;) {
      const here = `${st.info.module}:${st.info.functions[i].name}`;
      const o = st.origin[i]!;
      if (o.kind === 'root' || seen.has(here) || steps.length > 200) {
        steps.push(`${here} (${o.kind === 'root' ? o.why : '...'})`);
        break;
      }
      seen.add(here);
      steps.push(`${HOW[o.kind]} ${here}`);
      st = this.state.get(o.module)!;
      i = o.fn;
    }
    return steps.reverse();
  }

  /** How `module` was reached: the chain from a root, root first. */
  chain(module: string): string[] {
    const out: string[] = [];
    for (let m: string | null | undefined = module; m != null && out.length < 100; m = this.kept.get(m)) out.push(m);
    return out.reverse();
  }
}

function isGateway(module: string, fa: string): boolean {
  const g = COLD_GATEWAYS.get(module);
  return g !== undefined && (g === null || g.has(fa));
}

const HOW: Record<'call' | 'value' | 'name' | 'local', string> = {
  call: 'calls',
  local: 'calls',
  value: 'names the module of',
  name: 'names the function',
};

const implOrigin = (impl: { protocol: string; for: string }): Origin => ({
  kind: 'root',
  why: `implementation of ${impl.protocol} for ${impl.for}`,
});
