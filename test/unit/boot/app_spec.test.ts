import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConsultError, consultText, readAppSpec } from '../../../src/cli/app_spec.js';
import { formatTerm } from '../../../src/term/print.js';

const show = (text: string): string[] => consultText(text).map((t) => formatTerm(t));

test('consult reads the term syntax of .app files', () => {
  // expected strings: io:format("~w", [T]) on erl for the same terms
  assert.deepEqual(show('%% comment\n{application, kernel, [{vsn, "8.5.3"}, {env, []}]}.'), [
    '{application,kernel,[{vsn,[56,46,53,46,51]},{env,[]}]}',
  ]);
  assert.deepEqual(show("{'quoted atom', $a, -12, 16#ff, 2.5, [a|b], <<\"ab\",1>>}. x."), [
    "{'quoted atom',97,-12,255,2.5,[a|b],<<97,98,1>>}",
    'x',
  ]);
  assert.deepEqual(show('"a\\nb\\x{41}".'), ['[97,10,98,65]']);
});

test('consult reports where the syntax is wrong', () => {
  assert.throws(() => consultText('{a, b}\n{c}.', 'f.app'), ConsultError);
  assert.throws(() => consultText('{a, ', 'f.app'), /f\.app:1/);
});

test('readAppSpec takes the first directory on the path that has the file', () => {
  const d1 = fs.mkdtempSync(path.join(os.tmpdir(), 'appspec-'));
  const d2 = fs.mkdtempSync(path.join(os.tmpdir(), 'appspec-'));
  fs.writeFileSync(path.join(d2, 'demo.app'), '{application, demo, [{vsn, "1"}]}.\n');
  assert.equal(formatTerm(readAppSpec('demo', [d1, d2])!), '{application,demo,[{vsn,[49]}]}');
  assert.equal(readAppSpec('missing', [d1, d2]), null);
});
