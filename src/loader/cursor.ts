// A bounds-checked read cursor over a byte array, and the loader's error.
// Every read checks its bounds and throws LoadError, so malformed input can
// never surface as a JS RangeError/TypeError.

export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

export class Cursor {
  pos: number;
  readonly end: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    end: number,
    /** what is being read, for messages: e.g. "chunk 'Code'" */
    public where: string,
  ) {
    this.pos = start;
    this.end = end;
  }

  fail(problem: string): never {
    throw new LoadError(`${this.where}: ${problem}`);
  }

  truncated(): never {
    this.fail(`truncated at offset ${this.pos}`);
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  need(n: number): void {
    if (n < 0 || this.pos + n > this.end) this.truncated();
  }

  u8(): number {
    if (this.pos >= this.end) this.truncated();
    return this.buf[this.pos++];
  }

  u16(): number {
    this.need(2);
    const b = this.buf, p = this.pos;
    this.pos = p + 2;
    return (b[p] << 8) | b[p + 1];
  }

  /** big-endian unsigned 32-bit */
  u32(): number {
    this.need(4);
    const b = this.buf, p = this.pos;
    this.pos = p + 4;
    return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
  }

  /** big-endian signed 32-bit */
  i32(): number {
    this.need(4);
    const b = this.buf, p = this.pos;
    this.pos = p + 4;
    return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
  }

  /** a count that must be small enough for the remaining bytes (each item at least `minItemBytes`) */
  count(what: string, minItemBytes: number): number {
    const n = this.i32();
    if (n < 0 || n * minItemBytes > this.remaining) this.fail(`bad ${what} count ${n}`);
    return n;
  }

  /** a view (no copy) of the next n bytes */
  bytes(n: number): Uint8Array {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode UTF-8, failing with a LoadError on malformed bytes. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new LoadError(`${where}: invalid UTF-8`);
  }
}

// WHATWG's "latin1" is windows-1252: one UTF-16 unit per byte, equal to
// the byte for ASCII (what byteText is used for).
const bytewise: TextDecoder | null = (() => {
  try {
    return new TextDecoder('latin1');
  } catch {
    return null;
  }
})();

/**
 * b as a string of one character per byte, exact for its ASCII bytes (the
 * caller decodes the others itself). One native call for a whole atom
 * table: cheaper than building each name a character at a time.
 */
export function byteText(b: Uint8Array): string {
  if (bytewise !== null) return bytewise.decode(b);
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** a character outside ASCII */
export const NON_ASCII = /[^\x00-\x7f]/;

export function decodeLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
