// popcorn_io: the one native our group leader (lib/popcorn_gl.erl) needs to
// reach the host's standard output and standard error.

import { current } from '../vm/context.js';
import { badarg } from '../vm/exception.js';
import { Bitstring, OK, type Term } from '../term/types.js';
import { bytesOf } from '../term/bits.js';
import { defineNatives } from './registry.js';

defineNatives('popcorn_io', {
  'write/2': (fd: Term, data: Term): Term => {
    if (!(data instanceof Bitstring) || (data.bitSize & 7) !== 0) badarg();
    const host = current().vm.host;
    if (fd === 1) host.writeStdout(bytesOf(data));
    else if (fd === 2) host.writeStderr(bytesOf(data));
    else badarg();
    return OK;
  },
});
