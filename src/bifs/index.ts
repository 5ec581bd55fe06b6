// Importing this module registers every native in the natives table.
// One import per Erlang module implemented natively (see registry.ts).

import './atomics.js';
import './binary.js';
import './checksum.js';
import './counters.js';
import './crypto.js';
import './erlang_arith.js';
import './erlang_convert.js';
import './erlang_misc.js';
import './erlang_nif.js';
import './erlang_process.js';
import './erlang_terms.js';
import './erlang_time.js';
import './erts_debug.js';
import './erts_internal.js';
import './ets.js';
import './io.js';
import './lists.js';
import './maps.js';
import './math.js';
import './os.js';
import './packet.js';
import './persistent_term.js';
import './popcorn_io.js';
import './popcorn_js.js';
import './re.js';
import './prim_buffer.js';
import './prim_file.js';
import './prim_file_io.js';
import './unicode.js';
import './zlib.js';
