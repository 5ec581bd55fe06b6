// re:run through the natives, against values printed by OTP 25's erl
// (`~w` of re:run(Subject, Pattern, Opts) for each row).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Cons, NIL, type Term } from '../../../src/term/types.js';
import { binaryFromString } from '../../../src/term/bits.js';
import { formatTerm } from '../../../src/term/print.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/re.js';

const run = lookupNative('re', 'run', 3)!;
const compile = lookupNative('re', 'compile', 2)!;

const L = (a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};

/** "caseless,offset=2,capture=all:list,newline=crlf" as an option list. */
function opts(spec: string): Term {
  if (spec === '') return NIL;
  return L(spec.split(',').map((x): Term => {
    const [k, v] = x.split('=');
    if (v === undefined) return atom(k);
    if (k === 'offset') return [atom('offset'), Number(v)];
    if (k === 'newline') return [atom('newline'), atom(v)];
    const [vals, type] = v.split(':');
    const spec = ['all', 'all_but_first', 'none', 'all_names', 'first'].includes(vals) ? atom(vals) : L([atom(vals)]);
    return [atom('capture'), spec, atom(type)];
  }));
}

function show(f: () => Term): string {
  try {
    return formatTerm(f());
  } catch (e) {
    if (e instanceof ErlangException) return `{error,${formatTerm(e.reason)}}`;
    throw e;
  }
}

const unescape = (s: string): string => s.replace(/\\n/g, '\n').replace(/\\r/g, '\r');

// [subject (UTF-8), pattern, options, erl's result]
const CASES: [string, string, string, string][] = [
  [`abc`, `b`, ``, `{match,[{1,1}]}`],
  [`abc`, `x`, ``, `nomatch`],
  [`aaa`, `a*?`, ``, `{match,[{0,0}]}`],
  [`aaaa`, `a{2,3}`, ``, `{match,[{0,3}]}`],
  [`xz`, `x(y)?(z)`, ``, `{match,[{0,2},{-1,0},{1,1}]}`],
  [`ab`, `(a)|(b)`, ``, `{match,[{0,1},{0,1}]}`],
  [`a1b2c3`, `([a-z])(\\d)`, `capture=all_but_first:binary`, `{match,[<<97>>,<<49>>]}`],
  [`a1b2c3`, `([a-z])(\\d)`, `capture=all:list,offset=2`, `{match,[[98,50],[98],[50]]}`],
  [`a1b2c3`, `([a-z])(\\d)`, `capture=none:index`, `match`],
  [`abc`, ``, `notempty`, `nomatch`],
  [`foobar\\n`, `bar$`, `dollar_endonly`, `nomatch`],
  [`foobar\\n`, `bar$`, ``, `{match,[{3,3}]}`],
  [`a\\nb`, `^b`, `multiline`, `{match,[{2,1}]}`],
  [`a\\nb`, `a.b`, `dotall`, `{match,[{0,3}]}`],
  [`ABC`, `abc`, `caseless`, `{match,[{0,3}]}`],
  [`abc`, `a b c`, `extended`, `{match,[{0,3}]}`],
  [`aaa`, `a+`, `ungreedy`, `{match,[{0,1}]}`],
  [`abAB`, `(ab)\\1`, `caseless`, `{match,[{0,4},{0,2}]}`],
  [`foobaz`, `foo(?!bar)`, ``, `{match,[{0,3}]}`],
  [`bcbar`, `(?<=a|bc)bar`, ``, `{match,[{2,3}]}`],
  [`aaa`, `(?>a+)a`, ``, `nomatch`],
  [`aaab`, `a*+b`, ``, `{match,[{0,4}]}`],
  [`abc`, `(?<first>a)(?<second>b)`, `capture=all_names:binary`, `{match,[<<97>>,<<98>>]}`],
  [`b`, `(?<n>a)|(?<n>b)`, `dupnames,capture=n:index`, `{match,[{0,1}]}`],
  [`abc`, `(a)?(?(1)b|c)`, ``, `{match,[{0,2},{0,1}]}`],
  [`héllo wörld`, `\\w+`, `unicode`, `{match,[{0,6}]}`],
  [`héllo wörld`, `\\w+`, `unicode,ucp,offset=7`, `{match,[{7,6}]}`],
  [`日本語`, `.`, `unicode`, `{match,[{0,3}]}`],
  [`日本語`, `.`, ``, `{match,[{0,1}]}`],
  [`ÉCOLE`, `école`, `unicode,caseless`, `{match,[{0,6}]}`],
  [`x١٢٣y`, `\\d+`, `unicode,ucp`, `{match,[{1,6}]}`],
  [`a\\r\\nb`, `a$`, `newline=crlf`, `nomatch`],
  [`a\\r\\nb`, `^b`, `newline=any,multiline`, `{match,[{3,1}]}`],
  [`a\\r\\nb`, `\\R`, ``, `{match,[{1,2}]}`],
  [`aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab`, `(a+)+c`, ``, `nomatch`],
  [`ab`, `\\Bb`, ``, `{match,[{1,1}]}`],
  [`a.b*c`, `\\Qa.b*c\\E`, ``, `{match,[{0,5}]}`],
  [`(`, `(`, ``, `{error,badarg}`],
];

test('re:run matches erl on the case table', () => {
  for (const [s, p, o, want] of CASES) {
    const got = show(() => run(binaryFromString(unescape(s)), binaryFromString(p), opts(o)));
    assert.equal(got.replace(/<<"([^"]*)">>/g, (_m, x: string) => '<<' + [...Buffer.from(x, 'latin1')].join(',') + '>>'), want, `re:run(${JSON.stringify(s)}, ${JSON.stringify(p)}, [${o}])`);
  }
});

test('compile errors carry PCRE messages and offsets', () => {
  const err = (p: string) => show(() => compile(binaryFromString(p), NIL));
  // formatTerm prints strings as code lists (like ~w)
  const e = (msg: string, pos: number) => `{error,{[${[...msg].map((c) => c.charCodeAt(0)).join(',')}],${pos}}}`;
  assert.equal(err('(abc'), e('missing )', 4));
  assert.equal(err('a**'), e('nothing to repeat', 2));
  assert.equal(err('a{2,1}'), e('numbers out of order in {} quantifier', 5));
  assert.equal(err('[z-a]'), e('range out of order in character class', 3));
  assert.equal(err('(?<=a+)b'), e('lookbehind assertion is not fixed length', 6));
});

test('compiled pattern shape: {re_pattern, Groups, Unicode, UseCRLF, Binary}', () => {
  const r = compile(binaryFromString('(a)(?<x>b)'), L([atom('unicode'), [atom('newline'), atom('crlf')]])) as Term[];
  const mp = r[1] as Term[];
  assert.equal(formatTerm(r[0]), 'ok');
  assert.deepEqual([formatTerm(mp[0]), mp[1], mp[2], mp[3]], ['re_pattern', 2, 1, 1]);
  assert.equal(show(() => run(binaryFromString('xab'), mp, NIL)), '{match,[{1,2},{1,1},{2,1}]}');
});

test('catastrophic backtracking is bounded', () => {
  const t = Date.now();
  const s = 'a'.repeat(40) + 'b';
  const r = show(() => run(binaryFromString(s), binaryFromString('(a|aa)+$x|(a|aa)+b$c'), L([atom('report_errors')])));
  assert.ok(r === 'nomatch' || r === '{error,match_limit}', r);
  assert.ok(Date.now() - t < 5000);
});
