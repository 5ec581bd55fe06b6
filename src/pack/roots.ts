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

/** kernel and stdlib as popcorn_init starts them (start_clean without the module loading). */
export const ERLANG_BOOT_ROOTS: readonly string[] = [
  'maps', 'prim_file', 'erl_prim_loader', 'init', 'logger_server', 'gen_server', 'gen', 'proc_lib',
  'logger_config', 'logger_proxy', 'logger_olp', 'logger_simple_h', 'queue', 'lists',
  'application_controller', 'application', 'application_master', 'logger', 'proplists',
  'supervisor', 'kernel', 'peer', 'inet_db', 'rpc', 'net_kernel', 'global', 'rand',
  'erl_distribution', 'global_group', 'erpc', 'file_server', 'gen_event', 'kernel_config',
  'kernel_refc', 'logger_sup', 'logger_handler_watcher', 'erl_signal_handler', 'logger_formatter',
  'logger_std_h', 'logger_h_common', 'ets',
  // what io:format reaches on the first output
  'io', 'io_lib', 'io_lib_format', 'io_lib_pretty',
];

/** Starting the elixir and logger applications as `elixir` does (popcorn_elixir). */
export const ELIXIR_BOOT_ROOTS: readonly string[] = [
  'popcorn_elixir', 'elixir', 'string', 'unicode_util', 'unicode', 'elixir_config', 'elixir_sup',
  'elixir_code_server', 'counters', 'atomics',
  'Elixir.Kernel', 'Elixir.Macro.Env', 'Elixir.System', 'Elixir.String.Tokenizer',
  'Elixir.Logger', 'Elixir.Logger.App', 'Elixir.Application', 'Elixir.Supervisor',
  'Elixir.Keyword', 'Elixir.Enum', 'Elixir.Access', 'Elixir.Logger.Watcher',
  'Elixir.Logger.BackendSupervisor', 'Elixir.Supervisor.Default', 'Elixir.GenServer',
  'Elixir.Logger.Config', 'Elixir.Process', 'Elixir.Logger.Backends.Console',
  'Elixir.Logger.Formatter', 'Elixir.Regex', 'Elixir.IO.ANSI', 'Elixir.Logger.Handler',
  'Elixir.Map', 'logger_backend', 'Elixir.Logger.Filter', 'Elixir.Kernel.CLI', 'Elixir.IO',
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
  'erl_lint', 'erl_expand_records', 'qlc', 'qlc_pt', 'ms_transform', 'otp_internal', 'shell',
  'shell_default', 'shell_docs', 'edlin', 'edlin_expand', 'edlin_context', 'erl_pp', 'erl_compile',
  'beam_lib', 'erl_abstract_code', 'erl_eval', 'erl_parse', 'escript', 'c', 'erl_tar', 'zip',
  'dets', 'dets_server', 'dets_sup', 'dets_utils', 'dets_v9', 'file_sorter', 'erl_internal',
  'erl_bits', 'epp_dodger', 'igor', 'sys_pre_attributes',
  // kernel: compile server, boot server, shell drivers
  'erl_compile_server', 'erl_boot_server', 'code_server', 'user_drv', 'user_sup', 'group',
  'group_history', 'prim_tty', 'disk_log', 'disk_log_1', 'disk_log_server', 'disk_log_sup',
  'wrap_log_reader', 'heart',
  // elixir: the compiler proper (tokenizer, parser, expansion, Erlang codegen, checkers)
  'elixir_bitstring', 'elixir_bootstrap', 'elixir_clauses', 'elixir_compiler', 'elixir_def',
  'elixir_erl', 'elixir_erl_clauses', 'elixir_erl_compiler', 'elixir_erl_for', 'elixir_erl_pass',
  'elixir_erl_try', 'elixir_erl_var', 'elixir_expand', 'elixir_fn', 'elixir_import',
  'elixir_lexical', 'elixir_locals', 'elixir_map', 'elixir_module', 'elixir_overridable',
  'elixir_parser', 'elixir_rewrite', 'elixir_tokenizer',
  'Elixir.Code.Formatter', 'Elixir.Code.Fragment', 'Elixir.Code.Normalizer', 'Elixir.Code.Typespec',
  'Elixir.Kernel.ErrorHandler', 'Elixir.Kernel.LexicalTracker', 'Elixir.Kernel.ParallelCompiler',
  'Elixir.Kernel.ParallelRequire', 'Elixir.Kernel.Typespec', 'Elixir.Kernel.Utils',
  'Elixir.Module.LocalsTracker', 'Elixir.Module.ParallelChecker', 'Elixir.Module.Types',
  'Elixir.Module.Types.Error', 'Elixir.Module.Types.Expr', 'Elixir.Module.Types.Helpers',
  'Elixir.Module.Types.Of', 'Elixir.Module.Types.Pattern', 'Elixir.Module.Types.Unify',
  'Elixir.Protocol',
  // networking: this VM has no sockets (no prim_inet / prim_socket natives);
  // kernel's file and inet_db name these on paths a program without
  // sockets never takes
  'inet', 'inet_config', 'inet_parse', 'inet_res', 'inet_dns', 'inet_gethost_native', 'inet_hosts',
  'inet_tcp', 'inet_udp', 'inet_sctp', 'inet6_tcp', 'inet6_udp', 'inet6_sctp', 'inet_tcp_dist',
  'inet6_tcp_dist', 'local_tcp', 'local_udp', 'gen_tcp', 'gen_udp', 'gen_sctp', 'gen_tcp_socket',
  'gen_udp_socket', 'socket', 'prim_inet', 'prim_socket', 'prim_net', 'net', 'erl_epmd',
  'inet_epmd_dist', 'inet_epmd_socket',
  // sets of sets: only code:clash/0 uses it
  'sofs',
  // distributed applications: need distribution, which this VM does not have
  'dist_ac',
]);
