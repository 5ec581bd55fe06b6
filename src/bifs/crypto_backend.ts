// What the crypto natives need from the platform: message digests and
// strong random bytes. The default backend is portable (pure-JS digests in
// crypto_js.ts, Web Crypto's getRandomValues, present in browsers and Node);
// a host with a native library installs a faster, wider one with
// setCryptoBackend (the Node host uses node:crypto, crypto_node.ts).
// HMAC is built on the digest interface in crypto.ts, so a backend stays small.

/** A running digest. `copy` forks it: crypto's hash states are immutable values. */
export interface HashCtx {
  update(data: Uint8Array): void;
  copy(): HashCtx;
  /** the digest; the context must not be used afterwards */
  digest(): Uint8Array;
}

export interface CryptoBackend {
  /** a fresh digest for an Erlang hash name (md5, sha, sha256, sha3_256, blake2b, ...), or null if unsupported */
  newHash(alg: string): HashCtx | null;
  /** `n` cryptographically strong random bytes */
  randomBytes(n: number): Uint8Array;
  /** crypto:info_lib/0's entry: library name, version number, version text */
  libInfo(): [name: string, version: number, text: string];
}

let backend: CryptoBackend | null = null;
let fallback: (() => CryptoBackend) | null = null;

/** Install the platform's backend (called by the host at start-up). */
export function setCryptoBackend(b: CryptoBackend): void {
  backend = b;
}

/** The default used when no host installed one (registered by crypto_js.ts). */
export function setDefaultCryptoBackend(make: () => CryptoBackend): void {
  fallback = make;
}

export function cryptoBackend(): CryptoBackend {
  if (backend === null) {
    if (fallback === null) throw new Error('no crypto backend installed');
    backend = fallback();
  }
  return backend;
}
