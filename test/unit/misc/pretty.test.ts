import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { binaryToTerm } from '../../../src/term/etf.js';
import { formatPretty } from '../../../src/term/pretty.js';
import type { Term } from '../../../src/term/types.js';

// fixtures/pretty.json comes from the real erl (fixtures/gen_pretty.erl).
const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '../../../../test/unit/misc/fixtures/pretty.json');
const cases = JSON.parse(readFileSync(src, 'utf8')) as { etf: string; p: string }[];

test('formatPretty matches io_lib:format("~p") for the fixture corpus', () => {
  assert.ok(cases.length >= 40);
  let i = 0;
  for (const c of cases) {
    const t = binaryToTerm(new Uint8Array(Buffer.from(c.etf, 'base64'))) as Term;
    assert.equal(formatPretty(t), c.p, `case ${i}`);
    i++;
  }
});
