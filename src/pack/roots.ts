// What the VM's boot loads before any of the program's code runs, so a
// pack keeps it whatever the program names. Taken from a hello world run
// with POPCORN_TRACE_LOADS=1 (`popcorn run hello.erl` and `popcorn run
// hello.ex`): many of these are reached only through names the boot reads
// from .app files and kernel's configuration (logger handlers, supervisor
// children), which no call graph shows.

/** Our own lib/ modules the CLI and the browser worker boot with. */
export const POPCORN_LIB_ROOTS: readonly string[] = [
  'popcorn_entry', 'popcorn_gl', 'popcorn_init', 'popcorn_kernel', 'popcorn_code_server',
  'popcorn_on_load',
];

/**
 * kernel and stdlib as the browser worker boots them (popcorn_init, kernel
 * in `-mode minimal`: no inet_db, rex, global, net_sup, global_group or
 * erl_signal_server). The modules a hello bundle's boot loads, in load
 * order (POPCORN_TRACE_LOADS=1, see src/runtime/vm.ts).
 */
export const ERLANG_BOOT_ROOTS: readonly string[] = [
  'maps', 'prim_file', 'logger_server', 'gen_server', 'gen', 'proc_lib', 'logger_config',
  'logger_proxy', 'logger_olp', 'logger_simple_h', 'queue', 'lists', 'application_controller', 'init',
  'application', 'application_master', 'logger', 'proplists', 'supervisor', 'kernel', 'peer',
  'file_server', 'logger_sup', 'logger_handler_watcher', 'kernel_config', 'kernel_refc',
  'erl_signal_handler', 'logger_formatter', 'logger_std_h', 'logger_h_common', 'ets',
  // what io:format reaches on the first output
  'io', 'io_lib', 'io_lib_format',
];

/** Starting the elixir and logger applications (lib/popcorn_wasm_boot.erl). */
export const ELIXIR_BOOT_ROOTS: readonly string[] = [
  'elixir', 'string', 'unicode_util', 'unicode', 'elixir_config', 'elixir_sup',
  'elixir_code_server', 'counters', 'atomics', 'gen_event',
  'Elixir.Kernel', 'Elixir.Macro.Env', 'Elixir.System', 'Elixir.String.Tokenizer',
  'Elixir.Logger', 'Elixir.Logger.App', 'Elixir.Application', 'Elixir.Supervisor',
  'Elixir.Keyword', 'Elixir.Enum', 'Elixir.Access', 'Elixir.Logger.Watcher',
  'Elixir.Logger.BackendSupervisor', 'Elixir.Supervisor.Default', 'Elixir.GenServer',
  'Elixir.Logger.Config', 'Elixir.Process', 'Elixir.Logger.Backends.Console',
  'Elixir.Logger.Formatter', 'Elixir.Regex', 'Elixir.IO.ANSI', 'Elixir.Logger.Handler',
  'Elixir.Map', 'logger_backend', 'Elixir.Logger.Filter', 'Elixir.IO',
];

/** The applications whose .app files the boot reads: kernel and stdlib always. */
export const ERLANG_BOOT_APPS: readonly string[] = ['kernel', 'stdlib'];
/** ... and for an Elixir program (cli/elixir.ts ELIXIR_APPS) */
export const ELIXIR_BOOT_APPS: readonly string[] = ['compiler', 'elixir', 'logger'];

/**
 * The applications whose modules a pack keeps by reachability from any
 * kept module. A module of any other OTP/Elixir application (compiler,
 * tools, iex, mix, ssl, ...) is kept only when the program itself names it
 * (or --keep does): the runtime libraries refer to them on paths a
 * program that does not use them never takes (kernel's supervisor names
 * erl_compile_server, peer names cover, Kernel.CLI names IEx).
 */
export const RUNTIME_APPS: ReadonlySet<string> = new Set(['erts', 'kernel', 'stdlib', 'elixir', 'logger', 'popcorn']);

/**
 * Modules of the runtime applications that serve only compiling,
 * evaluating or debugging code: kept only when the program names them.
 * The runtime names them in error paths and compile-time helpers
 * (IO.warn -> elixir_errors -> erl_parse, Code -> elixir_compiler), which
 * pull in the whole Elixir compiler (≈ 2 MB) otherwise.
 */
export const COMPILE_TIME_MODULES: ReadonlySet<string> = new Set([
  // stdlib: linter, preprocessing of forms, parse transforms, shell, debug info
  // (not otp_internal: UndefinedFunctionError's message asks it whether the
  // function is an obsolete OTP one)
  'erl_lint', 'erl_expand_records', 'qlc', 'qlc_pt', 'ms_transform', 'shell',
  'shell_default', 'shell_docs', 'edlin', 'edlin_expand', 'edlin_context', 'erl_pp', 'erl_compile',
  'beam_lib', 'erl_abstract_code', 'erl_eval', 'erl_parse', 'escript', 'c', 'erl_tar', 'zip',
  'dets', 'dets_server', 'dets_sup', 'dets_utils', 'dets_v9', 'file_sorter', 'erl_internal',
  'erl_bits', 'epp_dodger', 'igor', 'sys_pre_attributes',
  // kernel: compile server, boot server, shell drivers
  // (not code_server: code's client functions call code_server:call/1, which
  // messages the registered code server, popcorn_code_server here)
  'erl_compile_server', 'erl_boot_server', 'user_drv', 'user_sup', 'group',
  'group_history', 'prim_tty', 'disk_log', 'disk_log_1', 'disk_log_server', 'disk_log_sup',
  'wrap_log_reader', 'heart',
  // elixir: the compiler proper (tokenizer, parser, expansion, Erlang codegen, checkers)
  'elixir_bitstring', 'elixir_bootstrap', 'elixir_clauses', 'elixir_compiler', 'elixir_def',
  'elixir_erl', 'elixir_erl_clauses', 'elixir_erl_compiler', 'elixir_erl_for', 'elixir_erl_pass',
  'elixir_erl_try', 'elixir_erl_var', 'elixir_expand', 'elixir_fn', 'elixir_import',
  'elixir_lexical', 'elixir_locals', 'elixir_map', 'elixir_module', 'elixir_overridable',
  'elixir_parser', 'elixir_rewrite', 'elixir_tokenizer',
  // (not Kernel.Utils: the code `destructure` and `raise` with a variable
  // message expand to calls it; its other functions are only walked if reached)
  'Elixir.Code.Formatter', 'Elixir.Code.Fragment', 'Elixir.Code.Normalizer', 'Elixir.Code.Typespec',
  'Elixir.Kernel.ErrorHandler', 'Elixir.Kernel.LexicalTracker', 'Elixir.Kernel.ParallelCompiler',
  'Elixir.Kernel.ParallelRequire', 'Elixir.Kernel.Typespec',
  'Elixir.Module.LocalsTracker', 'Elixir.Module.ParallelChecker', 'Elixir.Module.Types',
  'Elixir.Module.Types.Error', 'Elixir.Module.Types.Expr', 'Elixir.Module.Types.Helpers',
  'Elixir.Module.Types.Of', 'Elixir.Module.Types.Pattern', 'Elixir.Module.Types.Unify',
  'Elixir.Protocol',
  // sets of sets: only code:clash/0 uses it
  'sofs',
]);

/**
 * Modules that cannot work in the browser, whatever calls them: a page
 * has no sockets, no ports (no external programs or port drivers), no
 * distribution and no file system. The runtime names them on paths a
 * browser program cannot take (kernel's supervisor starts inet_db and
 * net_sup outside `-mode minimal`, gen:start names global for {global,
 * Name}, file:open reaches compressed files); a call that still gets
 * there fails as `undef` rather than as the missing socket, port or file
 * would have made it fail. Like the compile-time modules, they are packed
 * only when the program itself names them (or --keep).
 */
export const BROWSER_UNAVAILABLE: ReadonlyMap<string, string> = new Map([
  ...reasons('the browser has no sockets (no prim_inet, prim_socket or prim_net)', [
    'inet', 'inet_config', 'inet_parse', 'inet_res', 'inet_dns', 'inet_hosts', 'inet_tcp',
    'inet_udp', 'inet_sctp', 'inet6_tcp', 'inet6_udp', 'inet6_sctp', 'local_tcp', 'local_udp',
    'gen_tcp', 'gen_udp', 'gen_sctp', 'gen_tcp_socket', 'gen_udp_socket', 'socket', 'prim_inet',
    'prim_socket', 'prim_net', 'net', 'inet_epmd_socket',
  ]),
  ...reasons('the browser has no distribution (kernel runs in -mode minimal: no net_sup, global or global_group)', [
    'net_kernel', 'erl_distribution', 'global', 'global_group', 'global_search', 'auth', 'dist_util',
    'dist_ac', 'erl_epmd', 'net_adm', 'inet_db', 'inet_tcp_dist', 'inet6_tcp_dist', 'inet_epmd_dist',
    'erl_boot_server', 'slave', 'pg2',
  ]),
  ...reasons('the browser has no ports (no port drivers or external programs)', [
    'ram_file', 'inet_gethost_native', 'erl_ddll',
    // the tty I/O server: the browser's `user` is popcorn_gl
    'user',
  ]),
  ...reasons('the runtime calls it only for processes or names on other nodes, which a browser node cannot reach', [
    'rpc', 'erpc',
  ]),
  // file:open(F, [raw]) fails as undef instead of {error, enotsup}, and
  // file:open(F, [read]) returns {error, {undef, ...}} from file_io_server,
  // which stays (file_server would crash on its absence and take kernel down)
  ...reasons('the browser has no file system (no file can be opened; erl_prim_loader is not started)', [
    'erl_prim_loader', 'prim_zip', 'raw_file_io', 'raw_file_io_list', 'raw_file_io_delayed',
    'raw_file_io_compressed', 'raw_file_io_inflate', 'raw_file_io_deflate', 'filelib',
  ]),
]);

function reasons(why: string, modules: readonly string[]): Array<[string, string]> {
  return modules.map((m) => [m, why]);
}

/**
 * Callbacks an application's default configuration (its .app env) names,
 * which its code calls as Mod:Fun from Application.get_env: kept with
 * those functions whenever the application is started. Per application.
 */
export const CONFIG_CALLBACKS: ReadonlyMap<string, ReadonlyArray<readonly [string, readonly string[]]>> = new Map([
  // Logger's handler runs each {Mod, Fun} of `translators` on every OTP report
  ['logger', [['Elixir.Logger.Translator', ['translate/4']]]],
  // Calendar's time zone functions call the `time_zone_database` module
  ['elixir', [['Elixir.Calendar.UTCOnlyTimeZoneDatabase',
    ['time_zone_period_from_utc_iso_days/2', 'time_zone_periods_from_wall_datetime/2']]]],
]);

/**
 * Runtime functions whose job is to run the parser, compiler or evaluator
 * (Code.eval_string/1, Macro.to_string/1, io:read/2): called from the
 * program's own code (or a cold module it entered), everything they reach
 * is walked into cold modules too, through runtime modules in between
 * (Code -> elixir -> elixir_expand). Module -> its gateway functions, or
 * null for all its exports. Reached any other way (an error path of the
 * runtime) they stay cut as before.
 */
export const COLD_GATEWAYS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['Elixir.Code', null],
  ['Elixir.Macro', null],
  ['Elixir.Module', null],
  ['io', new Set(['read/1', 'read/2', 'read/3', 'parse_erl_exprs/1', 'parse_erl_exprs/2', 'parse_erl_exprs/3',
    'parse_erl_exprs/4', 'parse_erl_form/1', 'parse_erl_form/2', 'parse_erl_form/3', 'parse_erl_form/4'])],
]);

/** What application_master calls in an application's callback module. */
export const APPLICATION_CALLBACKS: readonly string[] = [
  'start/2', 'stop/1', 'prep_stop/1', 'config_change/3', 'start_phase/3',
];

/**
 * Why `module` (of application `app`) is cold for a pack (entered only
 * from the program's modules), or false. `programApps`: the program's own
 * applications, never cold.
 */
export function coldReason(module: string, app: string, programApps: ReadonlySet<string>): string | false {
  if (programApps.has(app)) return false;
  const unavailable = BROWSER_UNAVAILABLE.get(module);
  if (unavailable !== undefined) return unavailable;
  if (COMPILE_TIME_MODULES.has(module)) return 'it serves compiling, evaluating or debugging code';
  if (!RUNTIME_APPS.has(app)) return `its application (${app}) is not one of the runtime's`;
  return false;
}
