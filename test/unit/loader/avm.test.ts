import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AVM_BEAM_CODE, AVM_BEAM_START, AVM_NORMAL_FILE, isAvm, readAvm, writeAvm } from '../../../src/loader/avm.js';
import { LoadError } from '../../../src/loader/cursor.js';
import { loadBeam } from '../../../src/loader/beam.js';
import { beamDirs, beamFiles } from './erl_helpers.js';

const stdlib = beamDirs().find((d) => d.includes('/stdlib-'))!;

test('writeAvm/readAvm round-trip BEAMs and plain files', () => {
  const beams = beamFiles(stdlib).slice(0, 5).map((p) => new Uint8Array(readFileSync(p)));
  const entries = [
    { name: 'lists.beam', flags: AVM_BEAM_CODE | AVM_BEAM_START, data: beams[0] },
    ...beams.slice(1).map((data, i) => ({ name: `m${i}.beam`, flags: AVM_BEAM_CODE, data })),
    { name: 'app/priv/hello.txt', flags: AVM_NORMAL_FILE, data: new TextEncoder().encode('hello') },
    { name: 'abc', flags: AVM_NORMAL_FILE, data: new Uint8Array(0) },
  ];
  const packed = writeAvm(entries);
  assert.ok(isAvm(packed));
  assert.equal(packed.length % 4, 0);
  const back = readAvm(packed);
  assert.equal(back.length, entries.length);
  back.forEach((e, i) => {
    assert.equal(e.name, entries[i].name);
    assert.equal(e.flags, entries[i].flags);
    assert.deepEqual(Array.from(e.data), Array.from(entries[i].data));
  });
  // the BEAMs inside load
  for (const e of back) if (e.flags & AVM_BEAM_CODE) loadBeam(e.data);
  // writing again gives identical bytes
  assert.deepEqual(Array.from(writeAvm(back)), Array.from(packed));
});

test('avm layout: header, section header, padding, end marker', () => {
  const packed = writeAvm([{ name: 'ab', flags: AVM_NORMAL_FILE, data: new Uint8Array([9]) }]);
  const text = new TextDecoder().decode(packed.subarray(0, 22));
  assert.equal(text, '#!/usr/bin/env AtomVM\n');
  const dv = new DataView(packed.buffer);
  // section: 12-byte header + "ab\0" padded to 16, then <<1:32, 9>> padded to 8
  assert.equal(dv.getUint32(24), 24);
  assert.equal(dv.getUint32(28), AVM_NORMAL_FILE);
  assert.equal(dv.getUint32(40), 1);
  assert.equal(packed[44], 9);
  // end marker: size 0, flags 0, "end"
  assert.equal(dv.getUint32(48), 0);
  assert.equal(new TextDecoder().decode(packed.subarray(60, 63)), 'end');
});

test('malformed avm gives LoadError', () => {
  assert.throws(() => readAvm(new Uint8Array(10)), LoadError);
  const packed = writeAvm([{ name: 'x.beam', flags: AVM_BEAM_CODE, data: new Uint8Array(readFileSync(beamFiles(stdlib)[0])) }]);
  for (let cut = 24; cut < Math.min(packed.length, 200); cut += 7) {
    try {
      readAvm(packed.subarray(0, cut));
    } catch (e) {
      assert.ok(e instanceof LoadError, `cut ${cut}: ${String(e)}`);
    }
  }
});
