// The portable crypto backend: MD5 (loader/md5.ts), SHA-1, SHA-224/256 and
// SHA-384/512 in plain TypeScript (FIPS 180-4), randomness from Web Crypto's
// getRandomValues. Registered as the default; a host may install a wider one.

import { Md5 } from '../loader/md5.js';
import { setDefaultCryptoBackend, type CryptoBackend, type HashCtx } from './crypto_backend.js';

/**
 * Merkle-Damgard framing shared by the SHA family: buffer input into blocks,
 * pad with 0x80, zeros and the big-endian bit length in the last `lenBytes`.
 */
abstract class BlockHash implements HashCtx {
  protected readonly buf: Uint8Array;
  protected fill = 0;
  protected length = 0; // bytes hashed so far (safe up to 2^53)

  constructor(
    protected readonly blockSize: number,
    private readonly lenBytes: number,
  ) {
    this.buf = new Uint8Array(blockSize);
  }

  protected abstract block(b: Uint8Array, off: number): void;
  protected abstract output(): Uint8Array;
  abstract copy(): HashCtx;

  protected copyInto<T extends BlockHash>(c: T): T {
    c.buf.set(this.buf);
    c.fill = this.fill;
    c.length = this.length;
    return c;
  }

  update(data: Uint8Array): void {
    const bs = this.blockSize;
    let i = 0;
    const n = data.length;
    this.length += n;
    if (this.fill > 0) {
      const take = Math.min(bs - this.fill, n);
      this.buf.set(data.subarray(0, take), this.fill);
      this.fill += take;
      i = take;
      if (this.fill < bs) return;
      this.block(this.buf, 0);
      this.fill = 0;
    }
    for (; i + bs <= n; i += bs) this.block(data, i);
    if (i < n) {
      this.buf.set(data.subarray(i), 0);
      this.fill = n - i;
    }
  }

  digest(): Uint8Array {
    const bs = this.blockSize;
    const bits = this.length * 8;
    this.buf[this.fill++] = 0x80;
    if (this.fill > bs - this.lenBytes) {
      this.buf.fill(0, this.fill);
      this.block(this.buf, 0);
      this.fill = 0;
    }
    this.buf.fill(0, this.fill);
    // the bit length, big-endian, in the last 8 bytes (higher bytes stay zero)
    const hi = Math.floor(bits / 0x100000000);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset, bs);
    v.setUint32(bs - 8, hi >>> 0);
    v.setUint32(bs - 4, bits >>> 0);
    this.block(this.buf, 0);
    return this.output();
  }
}

function be32(b: Uint8Array, o: number): number {
  return (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
}

function words(h: Int32Array, count: number): Uint8Array {
  const out = new Uint8Array(count * 4);
  const v = new DataView(out.buffer);
  for (let i = 0; i < count; i++) v.setInt32(i * 4, h[i]);
  return out;
}

// ---------------------------------------------------------------- SHA-1

class Sha1 extends BlockHash {
  private readonly h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  private readonly w = new Int32Array(80);
  constructor() {
    super(64, 8);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = be32(b, off + i * 4);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
      else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = bb ^ c ^ d; k = 0xca62c1d6 | 0; }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d; d = c; c = (bb << 30) | (bb >>> 2); bb = a; a = t;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + bb) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }
  protected output(): Uint8Array {
    return words(this.h, 5);
  }
  copy(): HashCtx {
    const c = this.copyInto(new Sha1());
    c.h.set(this.h);
    return c;
  }
}

// ---------------------------------------------------------------- SHA-224/256

const K256 = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

class Sha256 extends BlockHash {
  private readonly h: Int32Array;
  private readonly w = new Int32Array(64);
  constructor(private readonly outWords: 7 | 8) {
    super(64, 8);
    this.h = Int32Array.from(outWords === 8 ? IV256 : IV224);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = be32(b, off + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K256[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + bb) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
  }
  protected output(): Uint8Array {
    return words(this.h, this.outWords);
  }
  copy(): HashCtx {
    const c = this.copyInto(new Sha256(this.outWords));
    c.h.set(this.h);
    return c;
  }
}

// ---------------------------------------------------------------- SHA-384/512
// 64-bit words as (hi, lo) pairs of 32-bit ints.

const K512 = Int32Array.of(
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
);
const IV512 = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];
const IV384 = [
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
];

class Sha512 extends BlockHash {
  private readonly h: Int32Array; // 8 words as hi,lo pairs
  private readonly w = new Int32Array(160);
  constructor(private readonly outWords: 12 | 16) {
    super(128, 16);
    this.h = Int32Array.from(outWords === 16 ? IV512 : IV384);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 32; i++) w[i] = be32(b, off + i * 4);
    for (let i = 16; i < 80; i++) {
      // s0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[i-2]
      const xh = w[(i - 15) * 2], xl = w[(i - 15) * 2 + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      const yh = w[(i - 2) * 2], yl = w[(i - 2) * 2 + 1];
      const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6);
      const s1l = ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26));
      let lo = (w[(i - 16) * 2 + 1] >>> 0) + (s0l >>> 0) + (w[(i - 7) * 2 + 1] >>> 0) + (s1l >>> 0);
      const hi = w[(i - 16) * 2] + s0h + w[(i - 7) * 2] + s1h + Math.floor(lo / 0x100000000);
      w[i * 2] = hi | 0;
      w[i * 2 + 1] = lo | 0;
    }
    const h = this.h;
    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
    for (let i = 0; i < 80; i++) {
      // S1 = rotr14 ^ rotr18 ^ rotr41 of e
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      let lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K512[i * 2 + 1] >>> 0) + (w[i * 2 + 1] >>> 0);
      const t1h = (hh + S1h + chh + K512[i * 2] + w[i * 2] + Math.floor(lo / 0x100000000)) | 0;
      const t1l = lo | 0;
      // S0 = rotr28 ^ rotr34 ^ rotr39 of a
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      lo = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(lo / 0x100000000)) | 0;
      const t2l = lo | 0;
      hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
      lo = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(lo / 0x100000000)) | 0; el = lo | 0;
      dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
      lo = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(lo / 0x100000000)) | 0; al = lo | 0;
    }
    const v = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (v[i + 1] >>> 0);
      h[i] = (h[i] + v[i] + Math.floor(lo / 0x100000000)) | 0;
      h[i + 1] = lo | 0;
    }
  }
  protected output(): Uint8Array {
    return words(this.h, this.outWords);
  }
  copy(): HashCtx {
    const c = this.copyInto(new Sha512(this.outWords));
    c.h.set(this.h);
    return c;
  }
}

// ---------------------------------------------------------------- MD5

class Md5Ctx implements HashCtx {
  constructor(private m: Md5) {}
  update(data: Uint8Array): void {
    this.m.update(data);
  }
  copy(): HashCtx {
    return new Md5Ctx(Md5.importState(this.m.exportState()));
  }
  digest(): Uint8Array {
    return this.m.digest();
  }
}

export const jsCryptoBackend: CryptoBackend = {
  newHash(alg: string): HashCtx | null {
    switch (alg) {
      case 'md5':
        return new Md5Ctx(new Md5());
      case 'sha':
        return new Sha1();
      case 'sha224':
        return new Sha256(7);
      case 'sha256':
        return new Sha256(8);
      case 'sha384':
        return new Sha512(12);
      case 'sha512':
        return new Sha512(16);
      default:
        return null;
    }
  },
  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    // getRandomValues fills at most 65536 bytes per call
    for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
    return out;
  },
  libInfo(): [string, number, string] {
    return ['Popcorn', 0x10000000, 'Popcorn portable crypto 1.0'];
  },
};

setDefaultCryptoBackend(() => jsCryptoBackend);
