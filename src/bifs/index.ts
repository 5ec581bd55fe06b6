// Importing this module registers every native in the natives table.
// One import per Erlang module implemented natively (see registry.ts).

import './binary.js';
import './erlang_arith.js';
import './erlang_convert.js';
import './erlang_process.js';
import './erlang_terms.js';
import './ets.js';
import './atomics.js';
import './counters.js';
import './persistent_term.js';
import './io.js';
import './lists.js';
import './maps.js';
import './math.js';
import './os.js';
import './popcorn_io.js';
import './unicode.js';
