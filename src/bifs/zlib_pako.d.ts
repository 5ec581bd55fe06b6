// Types for pako's low-level zlib port (CommonJS modules under pako/lib/zlib),
// which zlib.ts drives call by call as zlib_nif.c drives the C library.

declare module 'pako/lib/zlib/zstream.js' {
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    total_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    total_out: number;
    msg: string;
    // the codec's internal state (fields named as in zlib's C structs)
    state: any;
    data_type: number;
    adler: number;
  }
  export default ZStream;
}

declare module 'pako/lib/zlib/deflate.js' {
  import type ZStream from 'pako/lib/zlib/zstream.js';
  const deflate: {
    deflateInit2(
      strm: ZStream,
      level: number,
      method: number,
      windowBits: number,
      memLevel: number,
      strategy: number,
      legacyHash?: boolean,
    ): number;
    deflate(strm: ZStream, flush: number): number;
    deflateEnd(strm: ZStream): number;
    deflateReset(strm: ZStream): number;
    deflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
  };
  export default deflate;
}

declare module 'pako/lib/zlib/inflate.js' {
  import type ZStream from 'pako/lib/zlib/zstream.js';
  const inflate: {
    inflateInit2(strm: ZStream, windowBits: number): number;
    inflate(strm: ZStream, flush: number): number;
    inflateEnd(strm: ZStream): number;
    inflateReset(strm: ZStream): number;
    inflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
  };
  export default inflate;
}
