// Subroutine calls, recursion, branch reset, backtracking verbs and \X,
// through re:run, against values printed by OTP 25's erl (`~w`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Cons, NIL, type Term } from '../../../src/term/types.js';
import { binaryFromString } from '../../../src/term/bits.js';
import { formatTerm } from '../../../src/term/print.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/re.js';

const run = lookupNative('re', 'run', 3)!;

const list = (a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};

const opts = (spec: string): Term => (spec === '' ? NIL : list(spec.split(',').map((x) => atom(x))));

function show(f: () => Term): string {
  try {
    return formatTerm(f());
  } catch (e) {
    if (e instanceof ErlangException) return `{error,${formatTerm(e.reason)}}`;
    throw e;
  }
}

// [subject (UTF-8, \r \n escaped), pattern, options, erl's result]
const CASES: [string, string, string, string][] = [
  [`(a(b)c)`, `^(\\((?:[^()]|(?1))*\\))$`, ``, `{match,[{0,7},{0,7}]}`],
  [`abba`, `^((.)(?1)\\2|.?)$`, ``, `nomatch`],
  [`aba`, `^(a|b\\1)+$`, ``, `{match,[{0,3},{1,2}]}`],
  [`abab`, `(?<n>ab)(?&n)`, ``, `{match,[{0,4},{0,2}]}`],
  [`abab`, `(ab)\\g<1>`, ``, `{match,[{0,4},{0,2}]}`],
  [`abab`, `(?<n>ab)(?P>n)`, ``, `{match,[{0,4},{0,2}]}`],
  [`aaa`, `a(?R)?`, ``, `{match,[{0,3}]}`],
  [`abcb`, `(a)(b)(c)(?-2)`, ``, `{match,[{0,4},{0,1},{1,1},{2,1}]}`],
  [`abc`, `(?(DEFINE)(?<x>b))a(?&x)c`, ``, `{match,[{0,3}]}`],
  [`ba`, `(a){0}b(?1)`, ``, `{match,[{0,2}]}`],
  [`ab`, `(a(?(R)b|(?1)))`, ``, `nomatch`],
  [`cd`, `(?(?=a)ab|cd)`, ``, `{match,[{0,2}]}`],
  [`bc`, `(?|(a)|(b))c`, ``, `{match,[{0,2},{0,1}]}`],
  [`xbcd`, `(x)(?|(a)|(b)(c))(d)`, ``, `{match,[{0,4},{0,1},{1,1},{2,1},{3,1}]}`],
  [`xyzabc`, `(*COMMIT)abc`, ``, `{match,[{3,3}]}`],
  [`xyzabc`, `(*COMMIT)abc`, `no_start_optimize`, `nomatch`],
  [`xxcd`, `(*COMMIT)(?:ab|cd)`, ``, `nomatch`],
  [`aaabaaac`, `a+(*PRUNE)c`, ``, `{match,[{4,4}]}`],
  [`aaabaaac`, `a+(*SKIP)c`, ``, `{match,[{4,4}]}`],
  [`abcabd`, `a(*MARK:A)b(*SKIP:A)d|abc`, ``, `{match,[{3,3}]}`],
  [`ac`, `(?:a(*THEN)b|a)c`, ``, `{match,[{0,2}]}`],
  [`aab`, `(a(?1)?(*THEN)x|a)b`, ``, `{match,[{1,2},{1,1}]}`],
  [`abc`, `(a)(?:(b)(*ACCEPT)x)`, ``, `{match,[{0,2},{0,1},{1,1}]}`],
  [`abc`, `(*ACCEPT)`, `notempty`, `nomatch`],
  [`ab`, `(?!a(*COMMIT)x)a`, ``, `{match,[{0,1}]}`],
  [`foo bar`, `\\w+(*SKIP)(*F)|bar`, ``, `nomatch`],
  [`a\\r\\nb`, `\\X\\X\\X`, ``, `{match,[{0,4}]}`],
  [`é`, `\\X`, `unicode`, `{match,[{0,2}]}`],
];

test('recursion, branch reset, verbs and \\X match erl', () => {
  for (const [s, p, o, want] of CASES) {
    const subject = binaryFromString(s.replace(/\\r/g, '\r').replace(/\\n/g, '\n'));
    const got = show(() => run(subject, binaryFromString(p), opts(o)));
    assert.equal(got, want, `re:run(${JSON.stringify(s)}, ${JSON.stringify(p)}, [${o}])`);
  }
});

test('an offset past the subject is an uncatchable internal_error', () => {
  assert.throws(() => run(binaryFromString('abc'), binaryFromString('a'), list([[atom('offset'), 4]])),
    (e: unknown) => e instanceof ErlangException && e.panic && formatTerm(e.reason) === 'internal_error');
  assert.equal(show(() => run(binaryFromString('abc'), binaryFromString('a'), list([[atom('offset'), 3]]))), 'nomatch');
});

test('deep recursion runs on the explicit stack', () => {
  const s = '('.repeat(3000) + ')'.repeat(3000);
  assert.equal(show(() => run(binaryFromString(s), binaryFromString('^(\\((?1)*\\))$'), NIL)), '{match,[{0,6000},{0,6000}]}');
});
