// The .avm writer against AtomVM's PackBEAM format: the 24-byte header,
// sections of <size> <flags> <reserved> <name NUL, padded to 4> <data,
// padded to 4> where size counts the whole section, plain files carrying a
// <u32 length> prefix, and the 16-byte `end` section; and the round trip.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AVM_BEAM_CODE, AVM_BEAM_START, AVM_NORMAL_FILE, readAvm, writeAvm } from '../../../src/loader/avm.js';
import { openBundle } from '../../../src/pack/bundle.js';
import { stripBeam } from '../../../src/pack/beam_scan.js';
import { readChunks } from '../../../src/loader/chunks.js';
import { loadBeam } from '../../../src/loader/beam.js';
import { buildBeam } from '../loader/erl_helpers.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const beam = buildBeam([['AtU8', new Uint8Array([0, 0, 0, 1, 5, 109, 121, 108, 105, 98])], ['Code', new Uint8Array(3)]]);

test('header, section layout and end marker match the PackBEAM format', () => {
  const text = new TextEncoder().encode('hello');
  const avm = writeAvm([
    { name: 'mylib.beam', flags: AVM_BEAM_CODE | AVM_BEAM_START, data: beam },
    { name: 'mylib/priv/a.txt', flags: AVM_NORMAL_FILE, data: text },
  ]);
  assert.equal(Buffer.from(avm.subarray(0, 24)).toString('latin1'), '#!/usr/bin/env AtomVM\n\0\0');
  // first section: as the format's example, name "mylib.beam" NUL + 1 byte of padding
  const dv = new DataView(avm.buffer, avm.byteOffset);
  const size1 = dv.getUint32(24);
  assert.equal(hex(avm.subarray(28, 48)), '00000003' + '00000000' + '6d796c69622e6265616d0000');
  assert.equal(size1, 24 + ((beam.length + 3) & ~3)); // the whole section, header included
  assert.deepEqual(avm.subarray(48, 48 + beam.length), beam);
  // second section: 4-byte aligned, a plain file with its length prefix
  const s2 = 24 + size1;
  assert.equal(s2 % 4, 0);
  assert.equal(dv.getUint32(s2 + 4), AVM_NORMAL_FILE);
  const nameEnd = s2 + 12 + 'mylib/priv/a.txt'.length + 1;
  const data2 = s2 + ((nameEnd - s2 + 3) & ~3);
  assert.equal(dv.getUint32(data2), 5);
  assert.equal(Buffer.from(avm.subarray(data2 + 4, data2 + 9)).toString(), 'hello');
  const end = s2 + dv.getUint32(s2);
  assert.equal(hex(avm.subarray(end)), '00000000' + '00000000' + '00000000' + '656e6400');
});

test('round trip: entries read back as written; the bundle indexes modules, apps, files', () => {
  const appText = "{application, mylib, [{vsn, \"1\"}]}.\n";
  const entries = [
    { name: 'mylib.beam', flags: AVM_BEAM_CODE | AVM_BEAM_START, data: beam },
    { name: 'mylib/ebin/mylib.app', flags: AVM_NORMAL_FILE, data: new TextEncoder().encode(appText) },
    { name: 'mylib/priv/x/y.bin', flags: AVM_NORMAL_FILE, data: new Uint8Array([1, 2, 3]) },
    { name: 'empty.txt', flags: AVM_NORMAL_FILE, data: new Uint8Array(0) },
  ];
  const back = readAvm(writeAvm(entries));
  assert.deepEqual(back.map((e) => [e.name, e.flags, [...e.data]]), entries.map((e) => [e.name, e.flags, [...e.data]]));
  const b = openBundle(writeAvm(entries));
  assert.deepEqual([...b.modules.keys()], ['mylib']);
  assert.deepEqual(b.startModules, ['mylib']);
  assert.equal(b.apps.get('mylib'), appText);
  assert.deepEqual([...b.files.get('mylib/priv/x/y.bin')!], [1, 2, 3]);
});

test('stripBeam drops debug chunks and keeps a loadable module', () => {
  const file = '/usr/lib/elixir/lib/elixir/ebin/Elixir.Keyword.beam';
  const bytes = readFileSync(file);
  const ids = readChunks(bytes).list.map((c) => c.id);
  assert.ok(ids.includes('Dbgi') && ids.includes('Docs'));
  const stripped = stripBeam(bytes);
  const kept = readChunks(stripped).list.map((c) => c.id);
  assert.deepEqual(kept, ids.filter((id) => ['AtU8', 'Code', 'StrT', 'ImpT', 'ExpT', 'FunT', 'LitT', 'Line', 'Attr', 'CInf', 'Type', 'Meta'].includes(id)));
  const a = loadBeam(bytes), s = loadBeam(stripped);
  assert.deepEqual([...s.exports.keys()], [...a.exports.keys()]);
  assert.equal(s.code.length, a.code.length);
  assert.deepEqual(s.md5, a.md5); // module_info(md5) unchanged
});
