// AtomVM's .avm pack: a fixed 24-byte header ("#!/usr/bin/env AtomVM\n"
// and two NULs), then sections, each
//   <u32 size> <u32 flags> <u32 reserved = 0> <name> NUL <pad to 4> <data> <pad to 4>
// where size counts the whole section; a section of size 0 (named "end")
// closes the pack. Flags: 1 = entry-point module (exports start/0),
// 2 = BEAM module, 4 = plain file, whose data is <u32 length> <bytes>.
// packbeam stores BEAMs with a decompressed 'LitU' chunk in place of 'LitT'.

import { Cursor, LoadError, decodeUtf8 } from './cursor.js';

export const AVM_BEAM_START = 1;
export const AVM_BEAM_CODE = 2;
export const AVM_NORMAL_FILE = 4;

const HEADER = new Uint8Array([
  ...Array.from('#!/usr/bin/env AtomVM\n', (ch) => ch.charCodeAt(0)), 0, 0,
]);

export interface AvmEntry {
  /** e.g. "hello.beam" or "myapp/priv/application.bin" */
  name: string;
  flags: number;
  /** a BEAM file (trimmed to its IFF length), or a plain file's contents */
  data: Uint8Array;
}

export function isAvm(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER.length) return false;
  for (let i = 0; i < HEADER.length; i++) if (bytes[i] !== HEADER[i]) return false;
  return true;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function readAvm(bytes: Uint8Array): AvmEntry[] {
  if (!isAvm(bytes)) throw new LoadError('not an AtomVM pack: bad .avm header');
  const r = new Cursor(bytes, HEADER.length, bytes.length, 'avm');
  const out: AvmEntry[] = [];
  while (r.remaining > 0) {
    const start = r.pos;
    const size = r.u32();
    if (size === 0) break;
    const flags = r.u32();
    r.u32(); // reserved
    if (size < 12 || size > bytes.length - start) r.fail(`section at offset ${start} has bad size ${size}`);
    const end = start + size;
    let nul = r.pos;
    while (nul < end && bytes[nul] !== 0) nul++;
    if (nul >= end) r.fail(`section at offset ${start} has an unterminated name`);
    const name = decodeUtf8(bytes.subarray(r.pos, nul), 'avm section name');
    const dataStart = start + pad4(nul + 1 - start);
    if (dataStart > end) r.fail(`section '${name}' is truncated`);
    let data = bytes.subarray(dataStart, end);
    if (flags & AVM_NORMAL_FILE) {
      const d = new Cursor(data, 0, data.length, `avm section '${name}'`);
      const len = d.u32();
      data = d.bytes(len);
    } else if (flags & (AVM_BEAM_CODE | AVM_BEAM_START)) {
      data = trimBeam(data, name);
    }
    out.push({ name, flags, data });
    r.pos = end;
  }
  return out;
}

// A BEAM's own IFF size tells where its section padding starts.
function trimBeam(data: Uint8Array, name: string): Uint8Array {
  if (data.length < 8 || data[0] !== 0x46 || data[1] !== 0x4f || data[2] !== 0x52 || data[3] !== 0x31) {
    throw new LoadError(`avm section '${name}': not a BEAM file`);
  }
  const size = ((data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7]) >>> 0;
  if (size + 8 > data.length) throw new LoadError(`avm section '${name}': truncated BEAM file`);
  return data.subarray(0, size + 8);
}

export function writeAvm(entries: readonly AvmEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [HEADER];
  let total = HEADER.length;
  const section = (name: string, flags: number, payload: Uint8Array | null) => {
    const nameBytes = enc.encode(name);
    const headerSize = pad4(12 + nameBytes.length + 1);
    const payloadSize = payload === null ? 0 : pad4(payload.length);
    const buf = new Uint8Array(payload === null ? 12 + nameBytes.length + 1 : headerSize + payloadSize);
    const dv = new DataView(buf.buffer);
    dv.setUint32(0, payload === null ? 0 : buf.length);
    dv.setUint32(4, flags);
    buf.set(nameBytes, 12);
    if (payload !== null) buf.set(payload, headerSize);
    parts.push(buf);
    total += buf.length;
  };
  for (const e of entries) {
    let payload = e.data;
    if (e.flags & AVM_NORMAL_FILE) {
      payload = new Uint8Array(4 + e.data.length);
      new DataView(payload.buffer).setUint32(0, e.data.length);
      payload.set(e.data, 4);
    }
    section(e.name, e.flags, payload);
  }
  section('end', 0, null);
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
