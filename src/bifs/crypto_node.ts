// The crypto backend over node:crypto (OpenSSL): every digest OpenSSL has,
// and its CSPRNG. Only a Node host imports this file.

import { createHash, randomBytes, type Hash } from 'node:crypto';
import type { CryptoBackend, HashCtx } from './crypto_backend.js';

// Erlang's digest names -> OpenSSL's
const NAMES: Record<string, string> = {
  md4: 'md4',
  md5: 'md5',
  ripemd160: 'ripemd160',
  sha: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  sha512_224: 'sha512-224',
  sha512_256: 'sha512-256',
  sha3_224: 'sha3-224',
  sha3_256: 'sha3-256',
  sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
  blake2b: 'blake2b512',
  blake2s: 'blake2s256',
};

class NodeHash implements HashCtx {
  constructor(private h: Hash) {}
  update(data: Uint8Array): void {
    this.h.update(data);
  }
  copy(): HashCtx {
    return new NodeHash(this.h.copy());
  }
  digest(): Uint8Array {
    const b = this.h.digest();
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
}

/** Which OpenSSL digests this Node build has (md4 needs the legacy provider). */
const available = new Map<string, boolean>();
function usable(alg: string): boolean {
  let ok = available.get(alg);
  if (ok === undefined) {
    try {
      createHash(alg);
      ok = true;
    } catch {
      ok = false;
    }
    available.set(alg, ok);
  }
  return ok;
}

/** OpenSSL's version number as OPENSSL_VERSION_NUMBER encodes it (0xMNN00PP0). */
function opensslNumber(v: string): number {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  if (m === null) return 0;
  return Number(m[1]) * 0x10000000 + Number(m[2]) * 0x100000 + Number(m[3]) * 0x10;
}

export const nodeCryptoBackend: CryptoBackend = {
  newHash(alg: string): HashCtx | null {
    const name = NAMES[alg];
    if (name === undefined || !usable(name)) return null;
    return new NodeHash(createHash(name));
  },
  randomBytes(n: number): Uint8Array {
    const b = randomBytes(n);
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  },
  libInfo(): [string, number, string] {
    const v = (process.versions.openssl ?? '0.0.0').replace(/[+-].*$/, '');
    return ['OpenSSL', opensslNumber(v), `OpenSSL ${v}`];
  },
};
