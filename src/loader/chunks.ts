// The IFF container of a .beam file:
//   'FOR1' <u32 size> 'BEAM' { <4-byte id> <u32 size> <data> <pad to 4> }*
// A .beam may also be gzip-compressed as a whole (the BEAM loader accepts
// that), which we undo with pako first.

import { inflate } from 'pako';
import { Cursor, LoadError } from './cursor.js';

export interface Chunk {
  id: string;
  /** the chunk's data (a view into the file, no copy) */
  data: Uint8Array;
  /** byte offset of the data in the (uncompressed) file */
  offset: number;
}

export interface BeamChunks {
  /** the uncompressed file bytes */
  bytes: Uint8Array;
  /** chunks in file order */
  list: Chunk[];
  /** chunk id -> chunk (the first one when an id repeats) */
  byId: Map<string, Chunk>;
}

function fourcc(b: Uint8Array, p: number): string {
  return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
}

/** Undo whole-file gzip compression, if any. */
export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return inflate(bytes);
    } catch {
      throw new LoadError('corrupt gzip-compressed BEAM file');
    }
  }
  return bytes;
}

/**
 * A plain Uint8Array view of the same bytes: a Node Buffer's subarray()
 * is several times slower than a Uint8Array's, and the loader takes
 * thousands of views per module.
 */
export function plainBytes(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Split a .beam file into its chunks. */
export function readChunks(input: Uint8Array): BeamChunks {
  const bytes = plainBytes(maybeGunzip(input));
  const c = new Cursor(bytes, 0, bytes.length, 'BEAM header');
  if (bytes.length < 12) c.fail('file too short to be a BEAM file');
  if (fourcc(bytes, 0) !== 'FOR1') c.fail("not a BEAM file: no 'FOR1' IFF header");
  c.pos = 4;
  const formSize = c.u32();
  if (formSize > bytes.length - 8) c.fail(`IFF size ${formSize} exceeds the file (${bytes.length - 8} bytes)`);
  if (fourcc(bytes, 8) !== 'BEAM') c.fail("not a BEAM file: IFF form type is not 'BEAM'");
  const end = 8 + formSize;
  const r = new Cursor(bytes, 12, end, 'chunk table');
  const list: Chunk[] = [];
  const byId = new Map<string, Chunk>();
  while (r.remaining > 0) {
    if (r.remaining < 8) r.fail(`truncated chunk header at offset ${r.pos}`);
    const id = fourcc(bytes, r.pos);
    r.pos += 4;
    const size = r.u32();
    if (size > r.remaining) throw new LoadError(`truncated chunk '${id}': ${size} bytes declared, ${r.remaining} present`);
    const chunk: Chunk = { id, data: bytes.subarray(r.pos, r.pos + size), offset: r.pos };
    list.push(chunk);
    if (!byId.has(id)) byId.set(id, chunk);
    // chunks are padded to a 4-byte boundary; the last one may omit its padding
    r.pos = Math.min(end, r.pos + ((size + 3) & ~3));
  }
  return { bytes, list, byId };
}
