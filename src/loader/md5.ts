// MD5 (RFC 1321), incremental, for module_info(md5). Written for
// portability (no Node crypto: the loader runs in browsers too).

// Per-round shift amounts and the sine-derived constants K[i] = floor(|sin(i+1)| * 2^32).
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;

export class Md5 {
  private a = 0x67452301;
  private b = 0xefcdab89 | 0;
  private c = 0x98badcfe | 0;
  private d = 0x10325476;
  private readonly block = new Uint8Array(64);
  private readonly w = new Int32Array(16);
  private fill = 0;
  private length = 0;

  update(data: Uint8Array): this {
    let i = 0;
    const n = data.length;
    this.length += n;
    if (this.fill > 0) {
      while (this.fill < 64 && i < n) this.block[this.fill++] = data[i++];
      if (this.fill < 64) return this;
      this.compress(this.block, 0);
      this.fill = 0;
    }
    for (; i + 64 <= n; i += 64) this.compress(data, i);
    while (i < n) this.block[this.fill++] = data[i++];
    return this;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const pad = new Uint8Array(((this.fill < 56 ? 56 : 120) - this.fill) + 8);
    pad[0] = 0x80;
    const p = pad.length - 8;
    // message length in bits, little-endian 64-bit
    const lo = bits >>> 0;
    const hi = Math.floor(bits / 2 ** 32) >>> 0;
    for (let j = 0; j < 4; j++) {
      pad[p + j] = (lo >>> (8 * j)) & 0xff;
      pad[p + 4 + j] = (hi >>> (8 * j)) & 0xff;
    }
    const savedLength = this.length;
    this.update(pad);
    this.length = savedLength;
    const out = new Uint8Array(16);
    const words = [this.a, this.b, this.c, this.d];
    for (let j = 0; j < 4; j++) {
      for (let k = 0; k < 4; k++) out[j * 4 + k] = (words[j] >>> (8 * k)) & 0xff;
    }
    return out;
  }

  /**
   * The state as the BEAM's 88-byte MD5 context binary (erlang:md5_init):
   * the four words, the 64-bit bit count, then the 64-byte block buffer,
   * all little-endian.
   */
  exportState(): Uint8Array {
    const out = new Uint8Array(88);
    const words = [this.a, this.b, this.c, this.d];
    for (let j = 0; j < 4; j++) {
      for (let k = 0; k < 4; k++) out[j * 4 + k] = (words[j] >>> (8 * k)) & 0xff;
    }
    const bits = this.length * 8;
    const lo = bits >>> 0;
    const hi = Math.floor(bits / 2 ** 32) >>> 0;
    for (let j = 0; j < 4; j++) {
      out[16 + j] = (lo >>> (8 * j)) & 0xff;
      out[20 + j] = (hi >>> (8 * j)) & 0xff;
    }
    out.set(this.block.subarray(0, this.fill), 24);
    return out;
  }

  /** The inverse of exportState (bytes: 88 bytes). */
  static importState(bytes: Uint8Array): Md5 {
    const m = new Md5();
    const word = (p: number): number => bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24);
    m.a = word(0);
    m.b = word(4);
    m.c = word(8);
    m.d = word(12);
    const bits = (word(16) >>> 0) + (word(20) >>> 0) * 2 ** 32;
    m.length = Math.floor(bits / 8);
    m.fill = m.length % 64;
    m.block.set(bytes.subarray(24, 24 + m.fill));
    return m;
  }

  private compress(data: Uint8Array, off: number): void {
    const w = this.w;
    for (let j = 0; j < 16; j++) {
      const p = off + j * 4;
      w[j] = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24);
    }
    let a = this.a, b = this.b, c = this.c, d = this.d;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      const round = i >> 4;
      if (round === 0) { f = (b & c) | (~b & d); g = i; }
      else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const s = S[(round << 2) | (i & 3)];
      const t = (a + f + K[i] + w[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    this.a = (this.a + a) | 0;
    this.b = (this.b + b) | 0;
    this.c = (this.c + c) | 0;
    this.d = (this.d + d) | 0;
  }
}

export function md5(data: Uint8Array): Uint8Array {
  return new Md5().update(data).digest();
}
