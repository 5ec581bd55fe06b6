// The NIFs of OTP's crypto module (crypto.beam runs unmodified): digests,
// HMAC, strong random bytes, exor and the capability queries. Digests come
// from the installed CryptoBackend (crypto_backend.ts); HMAC (RFC 2104) is
// built here on top of them. Hash and MAC states are NIF resources: magic
// references carrying the running context.
//
// Errors follow crypto's C code: {Id, #{c_file_name, c_file_line_num,
// c_function_arg_num}, Explanation}, which crypto.erl turns into
// error({Id, {File, Line}, Explanation}) with error_info.

import { ErlMap } from '../term/map.js';
import { Atom, Bitstring, FALSE, NIL, Ref, TRUE, atom, isBinary, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { arrayToList, stringToList } from '../term/list.js';
import { badarg, error } from '../vm/exception.js';
import { magicRefIds } from './atomics.js';
import { ioToBitstring } from './binary.js';
import { cryptoBackend, type HashCtx } from './crypto_backend.js';
import './crypto_js.js';
import { defineNatives } from './registry.js';

const A_BADARG = atom('badarg');
const A_NOTSUP = atom('notsup');
const A_HMAC = atom('hmac');
const A_NOT_SUPPORTED = atom('not_supported');

/** crypto's C-side exception; argNum is 0-based, as the C code counts. */
function raise(id: Atom, argNum: number, file: string, line: number, text: string): never {
  const info = ErlMap.fromEntries([
    [atom('c_file_name'), stringToList(file)],
    [atom('c_file_line_num'), line],
    [atom('c_function_arg_num'), argNum],
  ]);
  return error([id, info, stringToList(text)]);
}

// ---------------------------------------------------------------- digests

interface DigestInfo {
  /** OpenSSL's NID, reported by hash_info/1 as `type` */
  nid: number;
  size: number;
  block: number;
}

// In the order crypto:supports(hashs) lists them.
const DIGESTS: [string, DigestInfo][] = [
  ['blake2s', { nid: 1057, size: 32, block: 64 }],
  ['blake2b', { nid: 1056, size: 64, block: 128 }],
  ['sha3_512', { nid: 1099, size: 64, block: 72 }],
  ['sha3_384', { nid: 1098, size: 48, block: 104 }],
  ['sha3_256', { nid: 1097, size: 32, block: 136 }],
  ['sha3_224', { nid: 1096, size: 28, block: 144 }],
  ['sha512', { nid: 674, size: 64, block: 128 }],
  ['sha384', { nid: 673, size: 48, block: 128 }],
  ['sha256', { nid: 672, size: 32, block: 64 }],
  ['sha224', { nid: 675, size: 28, block: 64 }],
  ['sha', { nid: 64, size: 20, block: 64 }],
  ['ripemd160', { nid: 117, size: 20, block: 64 }],
  ['md5', { nid: 4, size: 16, block: 64 }],
  ['md4', { nid: 257, size: 16, block: 64 }],
];
const DIGEST_INFO = new Map(DIGESTS);

/** A fresh digest context for an atom, or null (unknown or not in this backend). */
function newDigest(t: Term): HashCtx | null {
  if (!(t instanceof Atom) || !DIGEST_INFO.has(t.name)) return null;
  return cryptoBackend().newHash(t.name);
}

function supportedDigests(): Term {
  const b = cryptoBackend();
  const out: Term[] = [];
  for (const [name] of DIGESTS) if (b.newHash(name) !== null) out.push(atom(name));
  return arrayToList(out);
}

/** The bytes of a binary argument, or null. */
function binArg(t: Term): Uint8Array | null {
  return isBinary(t) ? bytesOf(t as Bitstring) : null;
}

/** The bytes of iodata, or null. */
function iodataArg(t: Term): Uint8Array | null {
  if (t instanceof Bitstring) return t.isBinary ? bytesOf(t) : null;
  if (t === NIL) return new Uint8Array(0);
  const b = ioToBitstring(t, false);
  return b === null ? null : bytesOf(b);
}

/** hash_init's state: an immutable value, so every update forks the context. */
export class HashStateRef extends Ref {
  constructor(
    readonly alg: Atom,
    readonly ctx: HashCtx,
  ) {
    super(magicRefIds());
  }
}

// ---------------------------------------------------------------- HMAC

/** RFC 2104 over any digest: H((K ^ opad) || H((K ^ ipad) || text)). */
class Hmac {
  private constructor(
    private inner: HashCtx,
    private readonly outer: HashCtx,
  ) {}

  static create(alg: string, key: Uint8Array): Hmac | null {
    const b = cryptoBackend();
    const info = DIGEST_INFO.get(alg);
    const inner = b.newHash(alg);
    const outer = b.newHash(alg);
    if (info === undefined || inner === null || outer === null) return null;
    let k = key;
    if (k.length > info.block) {
      const h = b.newHash(alg)!;
      h.update(k);
      k = h.digest();
    }
    const pad = new Uint8Array(info.block);
    pad.set(k);
    for (let i = 0; i < pad.length; i++) pad[i] ^= 0x36;
    inner.update(pad);
    for (let i = 0; i < pad.length; i++) pad[i] ^= 0x36 ^ 0x5c;
    outer.update(pad);
    return new Hmac(inner, outer);
  }

  update(data: Uint8Array): void {
    this.inner.update(data);
  }

  /** The MAC; the state stays usable (final works on copies). */
  final(): Uint8Array {
    const o = this.outer.copy();
    o.update(this.inner.copy().digest());
    return o.digest();
  }
}

/** mac_init's state: updated in place, as OpenSSL's MAC contexts are. */
export class MacStateRef extends Ref {
  constructor(readonly mac: Hmac) {
    super(magicRefIds());
  }
}

/** The HMAC for mac_nif/mac_init_nif arguments, raising as mac.c does. */
function hmacFor(type: Term, sub: Term, key: Term): Hmac {
  if (type !== A_HMAC) {
    if (type === atom('cmac') || type === atom('poly1305')) raise(A_NOTSUP, 0, 'mac.c', 180, 'Unsupported mac algorithm');
    raise(A_BADARG, 0, 'mac.c', 180, 'Bad mac type');
  }
  const k = binArg(key);
  if (k === null) raise(A_BADARG, 2, 'mac.c', 150, 'Bad key');
  const name = sub instanceof Atom ? sub.name : '';
  const m = DIGEST_INFO.has(name) ? Hmac.create(name, k) : null;
  if (m === null) raise(A_BADARG, 1, 'mac.c', 263, 'Bad digest algorithm for HMAC');
  return m;
}

// ---------------------------------------------------------------- helpers

function nonNegInt(t: Term): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 0) return badarg();
  return t;
}

/** An mpint binary (<<Len:32, BigEndianTwosComplement/binary>>) as a bigint. */
function mpintToBig(t: Term): bigint {
  const b = binArg(t);
  if (b === null || b.length < 4) return badarg();
  let v = 0n;
  for (let i = 4; i < b.length; i++) v = (v << 8n) | BigInt(b[i]);
  if (b.length > 4 && b[4] & 0x80) v -= 1n << BigInt((b.length - 4) * 8);
  return v;
}

function bigToMpint(v: bigint): Term {
  const bytes: number[] = [];
  let x = v;
  while (x > 0n) {
    bytes.unshift(Number(x & 0xffn));
    x >>= 8n;
  }
  if (bytes.length > 0 && bytes[0] & 0x80) bytes.unshift(0);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return binaryFromBytes(out);
}

/** A uniform random bigint in [0, range). */
function randomBelow(range: bigint): bigint {
  const nbytes = Math.max(1, Math.ceil(range.toString(16).length / 2));
  for (;;) {
    const r = cryptoBackend().randomBytes(nbytes + 8);
    let v = 0n;
    for (const x of r) v = (v << 8n) | BigInt(x);
    // 64 extra bits make the modulo bias negligible
    return v % range;
  }
}

function emptyList(): Term {
  return NIL;
}

defineNatives('crypto', {
  // ---- library information
  'info_lib/0': () => {
    const [name, num, text] = cryptoBackend().libInfo();
    const enc = new TextEncoder();
    return arrayToList([[binaryFromBytes(enc.encode(name)), num, binaryFromBytes(enc.encode(text))]]);
  },
  'info_nif/0': () => {
    const text = cryptoBackend().libInfo()[2];
    return ErlMap.fromEntries([
      [atom('compile_type'), atom('normal')],
      [atom('cryptolib_version_compiled'), stringToList(text)],
      [atom('cryptolib_version_linked'), stringToList(text)],
      [atom('fips_provider_available'), FALSE],
      [atom('link_type'), atom('dynamic')],
    ]);
  },
  'info_fips/0': () => A_NOT_SUPPORTED,
  'enable_fips_mode_nif/1': (on) => {
    if (on !== TRUE && on !== FALSE) return badarg();
    return on === FALSE ? TRUE : FALSE;
  },
  'hash_algorithms/0': supportedDigests,
  'mac_algorithms/0': () => arrayToList([A_HMAC]),
  'cipher_algorithms/0': emptyList,
  'pubkey_algorithms/0': emptyList,
  'curve_algorithms/0': emptyList,
  'rsa_opts_algorithms/0': emptyList,

  // ---- digests
  'hash_info_nif/1': (type) => {
    const info = type instanceof Atom ? DIGEST_INFO.get(type.name) : undefined;
    if (info === undefined || cryptoBackend().newHash((type as Atom).name) === null) return A_NOTSUP;
    return ErlMap.fromEntries([
      [atom('block_size'), info.block],
      [atom('size'), info.size],
      [atom('type'), info.nid],
    ]);
  },
  'hash_nif/2': (type, data) => {
    const h = newDigest(type);
    if (h === null) return raise(A_BADARG, 0, 'hash.c', 108, 'Bad digest type');
    const d = binArg(data);
    if (d === null) return raise(A_BADARG, 1, 'hash.c', 111, 'Not iolist');
    h.update(d);
    return binaryFromBytes(h.digest());
  },
  'hash_init_nif/1': (type) => {
    const h = newDigest(type);
    if (h === null) return raise(A_BADARG, 0, 'hash.c', 142, 'Bad digest type');
    return new HashStateRef(type as Atom, h);
  },
  'hash_update_nif/2': (state, data) => {
    if (!(state instanceof HashStateRef)) return raise(A_BADARG, 0, 'hash.c', 179, 'Bad state');
    const d = binArg(data);
    if (d === null) return raise(A_BADARG, 1, 'hash.c', 181, 'Not iolist');
    const h = state.ctx.copy();
    h.update(d);
    return new HashStateRef(state.alg, h);
  },
  'hash_final_nif/1': (state) => {
    if (!(state instanceof HashStateRef)) return raise(A_BADARG, 0, 'hash.c', 212, 'Bad state');
    return binaryFromBytes(state.ctx.copy().digest());
  },

  // ---- MACs (HMAC only)
  'mac_nif/4': (type, sub, key, data) => {
    const m = hmacFor(type, sub, key);
    const d = iodataArg(data);
    if (d === null) return raise(A_BADARG, 3, 'mac.c', 380, 'Bad text');
    m.update(d);
    return binaryFromBytes(m.final());
  },
  'mac_init_nif/3': (type, sub, key) => new MacStateRef(hmacFor(type, sub, key)),
  'mac_update_nif/2': (ref, data) => {
    if (!(ref instanceof MacStateRef)) return raise(A_BADARG, 0, 'mac.c', 720, 'Bad ref');
    const d = iodataArg(data);
    if (d === null) return raise(A_BADARG, 1, 'mac.c', 723, 'Bad text');
    ref.mac.update(d);
    return ref;
  },
  'mac_final_nif/1': (ref) => {
    if (!(ref instanceof MacStateRef)) return raise(A_BADARG, 0, 'mac.c', 766, 'Bad ref');
    return binaryFromBytes(ref.mac.final());
  },

  // ---- comparisons and bit fiddling
  'hash_equals_nif/2': (a, b) => {
    const x = binArg(a);
    const y = binArg(b);
    if (x === null) return raise(A_BADARG, 0, 'hash_equals.c', 44, 'Expected a binary');
    if (y === null) return raise(A_BADARG, 1, 'hash_equals.c', 47, 'Expected a binary');
    if (x.length !== y.length) return raise(A_BADARG, 1, 'hash_equals.c', 50, 'Binaries must have the same size');
    let diff = 0;
    for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
    return diff === 0 ? TRUE : FALSE;
  },
  'do_exor/2': (a, b) => {
    const x = iodataArg(a);
    const y = iodataArg(b);
    if (x === null || y === null || x.length !== y.length) return badarg();
    const out = new Uint8Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = x[i] ^ y[i];
    return binaryFromBytes(out);
  },

  // ---- randomness
  'strong_rand_bytes_nif/1': (n) => binaryFromBytes(cryptoBackend().randomBytes(nonNegInt(n))),
  'strong_rand_range_nif/1': (max) => {
    const m = typeof max === 'number' ? BigInt(max) : typeof max === 'bigint' ? max : mpintToBig(max);
    if (m <= 0n) return badarg();
    return bigToMpint(randomBelow(m));
  },
  'rand_uniform_nif/2': (from, to) => {
    const lo = mpintToBig(from);
    const hi = mpintToBig(to);
    if (hi <= lo) return badarg();
    return bigToMpint(lo + randomBelow(hi - lo));
  },
});
