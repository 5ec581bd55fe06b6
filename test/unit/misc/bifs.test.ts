// Expected values below were produced by the real erl (OTP 25).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/checksum.js';
import '../../../src/bifs/erlang_time.js';
import '../../../src/bifs/erlang_misc.js';
import '../../../src/bifs/packet.js';
import '../../../src/bifs/erts_internal.js';
import '../../../src/bifs/erts_debug.js';
import { setCurrent } from '../../../src/vm/context.js';
import { atom, Bitstring, Cons, Float, Fun, NIL, Pid, type Term } from '../../../src/term/types.js';
import { arrayToList, listToString, stringToList } from '../../../src/term/list.js';
import { binaryFromString } from '../../../src/term/bits.js';
import { formatTerm } from '../../../src/term/print.js';
import { callNative, nativeRaises } from '../native_call.js';
import { ErlMap } from '../../../src/term/map.js';

const call = callNative;
const p = (mfa: string, ...args: Term[]): string => formatTerm(call(mfa, ...args));
const raises = (mfa: string, ...args: Term[]): string => nativeRaises(formatTerm, mfa, ...args);
const bin = (...bytes: number[]): Bitstring => new Bitstring(Uint8Array.from(bytes), 0, bytes.length * 8);
const s = stringToList;
const txt = (t: Term): string | null => listToString(t);
const b = binaryFromString;

let stdout: number[] = [];
let stderr: number[] = [];
const fakeProcess = {
  fcalls: 4000,
  vm: {
    host: {
      systemMs: () => Date.UTC(2024, 0, 15, 12, 0, 0, 500),
      writeStdout: (u: Uint8Array) => stdout.push(...u),
      writeStderr: (u: Uint8Array) => stderr.push(...u),
    },
  },
};
setCurrent(fakeProcess as never);

test('md5 / crc32 / adler32', () => {
  assert.equal(p('erlang:md5/1', s('abc')), '<<144,1,80,152,60,210,79,176,214,150,63,125,40,225,127,114>>');
  assert.equal(p('erlang:md5/1', arrayToList([b('a'), new Cons(s('b'), b('c'))])), '<<144,1,80,152,60,210,79,176,214,150,63,125,40,225,127,114>>');
  assert.equal(p('erlang:md5/1', s('x'.repeat(200))), '<<48,168,54,33,206,84,34,251,223,221,83,151,119,69,140,120>>');
  let ctx = call('erlang:md5_init/0');
  for (let i = 1; i <= 70; i++) ctx = call('erlang:md5_update/2', ctx, arrayToList(new Array(i).fill(i)));
  assert.equal(p('erlang:md5_final/1', ctx), '<<68,59,251,251,56,239,204,56,107,53,217,90,249,192,92,198>>');
  const c3 = call('erlang:md5_update/2', call('erlang:md5_init/0'), s('abc')) as Bitstring;
  assert.equal(c3.byteSize, 88);
  assert.equal(formatTerm(new Bitstring(c3.data, c3.bitOffset, 24 * 8)),
    '<<1,35,69,103,137,171,205,239,254,220,186,152,118,84,50,16,24,0,0,0,0,0,0,0>>');
  assert.equal(raises('erlang:md5_final/1', bin(1, 2)), 'badarg');
  assert.equal(call('erlang:crc32/1', s('abc')), 891568578);
  assert.equal(call('erlang:crc32/2', 5, s('abc')), 871334697);
  assert.equal(call('erlang:crc32/1', NIL), 0);
  assert.equal(call('erlang:crc32/1', arrayToList(new Array(10000).fill(7))), 1624727593);
  assert.equal(call('erlang:crc32/2', 2 ** 32 - 1, s('a')), 3310005809);
  assert.equal(raises('erlang:crc32/2', -1, s('a')), 'badarg');
  assert.equal(raises('erlang:crc32/2', 2 ** 32, s('a')), 'badarg');
  assert.equal(raises('erlang:crc32/1', new Bitstring(Uint8Array.of(0x20), 0, 3)), 'badarg');
  assert.equal(call('erlang:crc32_combine/3', 891568578, call('erlang:crc32/1', s('defgh')), 5), 2934909520);
  assert.equal(call('erlang:crc32_combine/3', 1, 2, 0), 3);
  assert.equal(call('erlang:crc32_combine/3', 123, 456, 2 ** 32 - 1), 435);
  assert.equal(call('erlang:crc32_combine/3', 0xdeadbeef, 0x12345678, 100000), 4145750742);
  assert.equal(raises('erlang:crc32_combine/3', 1, 2, 2 ** 32), 'badarg');
  assert.equal(call('erlang:adler32/1', s('abc')), 38600999);
  assert.equal(call('erlang:adler32/2', 7, s('abc')), 39780653);
  assert.equal(call('erlang:adler32/1', bin()), 1);
  assert.equal(call('erlang:adler32/1', arrayToList(new Array(10000).fill(255))), 3055807275);
  assert.equal(call('erlang:adler32_combine/3', 38600999, call('erlang:adler32/1', s('defgh')), 5), 234881829);
  assert.equal(call('erlang:adler32_combine/3', 123, 456, 0), 123);
  assert.equal(call('erlang:adler32_combine/3', 123, 456, 1), 7995970);
  assert.equal(call('erlang:adler32_combine/3', 0xfff0fff0, 0xfff0fff0, 1000), 4162846702);
  assert.equal(call('erlang:adler32_combine/3', 1, 2, 2 ** 31), 2);
  assert.equal(call('erlang:adler32_combine/3', 0xdeadbeef, 0x12345678, 100000), 3970569589);
});

test('calendar time (TZ=America/New_York)', () => {
  process.env.TZ = 'America/New_York';
  const dt = (y: number, mo: number, d: number, h: number, mi: number, se: number): Term => [[y, mo, d], [h, mi, se]];
  assert.equal(p('erlang:localtime_to_universaltime/1', dt(2023, 7, 1, 12, 0, 0)), '{{2023,7,1},{16,0,0}}');
  assert.equal(p('erlang:localtime_to_universaltime/2', dt(2023, 7, 1, 12, 0, 0), atom('false')), '{{2023,7,1},{17,0,0}}');
  assert.equal(p('erlang:localtime_to_universaltime/2', dt(2023, 1, 1, 12, 0, 0), atom('true')), '{{2023,1,1},{16,0,0}}');
  assert.equal(p('erlang:localtime_to_universaltime/1', dt(2023, 3, 12, 2, 30, 0)), '{{2023,3,12},{7,30,0}}');
  assert.equal(p('erlang:localtime_to_universaltime/1', dt(2023, 11, 5, 1, 30, 0)), '{{2023,11,5},{6,30,0}}');
  assert.equal(p('erlang:localtime_to_universaltime/2', dt(2023, 11, 5, 1, 30, 0), atom('true')), '{{2023,11,5},{5,30,0}}');
  assert.equal(p('erlang:universaltime_to_localtime/1', dt(2023, 7, 1, 12, 0, 0)), '{{2023,7,1},{8,0,0}}');
  assert.equal(p('erlang:universaltime_to_localtime/1', dt(1969, 12, 31, 23, 0, 0)), '{{1969,12,31},{18,0,0}}');
  assert.equal(p('erlang:universaltime_to_localtime/1', dt(2100, 6, 1, 0, 0, 0)), '{{2100,5,31},{20,0,0}}');
  assert.equal(p('erlang:universaltime_to_localtime/1', dt(1000000000, 1, 1, 0, 0, 0)), '{{999999999,12,31},{19,0,0}}');
  assert.equal(raises('erlang:localtime_to_universaltime/1', dt(2023, 2, 29, 12, 0, 0)), 'badarg');
  assert.equal(raises('erlang:localtime_to_universaltime/1', dt(1901, 2, 2, 12, 0, 0)), 'badarg');
  assert.equal(raises('erlang:localtime_to_universaltime/1', dt(2023, 1, 1, 24, 0, 0)), 'badarg');
  assert.equal(raises('erlang:localtime_to_universaltime/2', dt(2023, 1, 1, 23, 59, 59), atom('foo')), 'badarg');
  assert.equal(call('erlang:universaltime_to_posixtime/1', dt(2023, 1, 1, 23, 59, 59)), 1672617599);
  assert.equal(call('erlang:universaltime_to_posixtime/1', dt(1600, 1, 1, 0, 0, 0)), -11676096000);
  assert.equal(call('erlang:universaltime_to_posixtime/1', dt(2000, 2, 29, 23, 59, 59)), 951868799);
  assert.equal(p('erlang:posixtime_to_universaltime/1', 1700000000), '{{2023,11,14},{22,13,20}}');
  assert.equal(p('erlang:posixtime_to_universaltime/1', -1), '{{1969,12,31},{23,59,59}}');
  assert.equal(p('erlang:posixtime_to_universaltime/1', -100000000000), '{{-1199,2,15},{14,13,20}}');
  assert.equal(p('erlang:posixtime_to_universaltime/1', 253402300800), '{{10000,1,1},{0,0,0}}');
  assert.equal(raises('erlang:posixtime_to_universaltime/1', new Float(1)), 'badarg');
  // the fake host clock says 2024-01-15 12:00:00.5 UTC
  assert.equal(p('erlang:universaltime/0'), '{{2024,1,15},{12,0,0}}');
  assert.equal(p('erlang:localtime/0'), '{{2024,1,15},{7,0,0}}');
  assert.equal(p('erlang:date/0'), '{2024,1,15}');
  assert.equal(p('erlang:time/0'), '{7,0,0}');
});

test('pid/ref/port/fun text forms', () => {
  assert.equal(txt(call('erlang:pid_to_list/1', call('erlang:list_to_pid/1', s('<0.80.0>')))), '<0.80.0>');
  assert.equal(p('erlang:list_to_pid/1', s('<0.01.0>')), '<0.1.0>');
  assert.equal(p('erlang:list_to_pid/1', s('<0.32767.8191>')), '<0.32767.8191>');
  for (const bad of ['<1.80.0>', '<0.80>', '<0.80.0> ', '<0.32768.0>', '<0.1.8192>', '<0.-1.0>']) {
    assert.equal(raises('erlang:list_to_pid/1', s(bad)), 'badarg', bad);
  }
  assert.equal(raises('erlang:list_to_pid/1', b('<0.1.0>')), 'badarg');
  assert.equal(txt(call('erlang:ref_to_list/1', call('erlang:list_to_ref/1', s('#Ref<0.1.2.3>')))), '#Ref<0.1.2.3>');
  assert.equal(p('erlang:list_to_ref/1', s('#Ref<0.4294967295.2.3>')), '#Ref<0.4294967295.2.3>');
  for (const bad of ['#Ref<0.1.2>', '#Ref<0.1.2.3.4>', '#Ref<0.4294967296.2.3>', '#Ref<1.1.2.3>']) {
    assert.equal(raises('erlang:list_to_ref/1', s(bad)), 'badarg', bad);
  }
  assert.equal(txt(call('erlang:port_to_list/1', call('erlang:list_to_port/1', s('#Port<0.5>')))), '#Port<0.5>');
  assert.equal(txt(call('erlang:fun_to_list/1', new Fun(1, atom('A b'), atom('c d'), 0, [], -1, 0))), "fun 'A b':'c d'/0");
  assert.equal(txt(call('erlang:fun_to_list/1', new Fun(0, atom('m1'), atom('-main/0-fun-0-'), 0, [], 117, 132618362))), '#Fun<m1.117.132618362>');
  assert.equal(raises('erlang:list_to_port/1', s('#Port<0.5.6>')), 'badarg');
  assert.equal(raises('erlang:pid_to_list/1', atom('foo')), 'badarg');
});

test('erlang:display and display_string', () => {
  stdout = [];
  const t: Term = arrayToList([
    [atom('foo'), s('abc'), bin(1, 2), new Float(1.5), new Cons(atom('a'), atom('b')), b('hello'), -1],
    atom('A b'), atom('a@b'), atom('after'), new Float(-0), new Float(1e300), new Float(1e-10), new Float(5e-324),
    s('a\nb"c'), arrayToList([97, 9, 98, 13, 99, 92, 100, 27, 101]), arrayToList([97, 127]),
    arrayToList([97, 255]), arrayToList([97, 159]), bin(97, 9, 98), b('a"b'), b('abc\\'),
    new Bitstring(Uint8Array.of(97, 98, 0x20), 0, 19), new Pid(5, 6), 100000000000000000000n,
    ErlMap.fromEntries([[atom('a'), arrayToList([1])], [s('b'), new Float(2.5)]]),
  ]);
  call('erlang:display/1', t);
  assert.equal(Buffer.from(stdout).toString('latin1'),
    '[{foo,"abc",<<1,2>>,1.500000e+00,[a|b],<<"hello">>,-1},\'A b\',\'a@b\',after,-0.000000e+00,' +
    '1.000000e+300,1.000000e-10,4.940656e-324,"a\\nb\\"c",[97,9,98,13,99,92,100,27,101],[97,127],' +
    '"a\xff",[97,159],<<97,9,98>>,<<"a\\"b">>,<<"abc\\">>,<<97,98,1:3>>,<0.5.6>,100000000000000000000,' +
    '#{a=>[1],"b"=>2.500000e+00}]\r\n');
  stdout = [];
  call('erlang:display/1', atom('x'));
  assert.deepEqual(stdout, [120, 13, 10]);
  stderr = [];
  assert.equal(call('erlang:display_string/1', s('hi\nthere é')), atom('true'));
  assert.deepEqual(stderr, [...Buffer.from('hi\r\nthere é', 'utf8')]);
  assert.equal(raises('erlang:display_string/1', b('bin')), 'badarg');
  assert.equal(raises('erlang:display_string/1', new Cons(1, atom('a'))), 'badarg');
});

test('string:list_to_float / list_to_integer', () => {
  const f = (x: string): string => p('string:list_to_float/1', s(x));
  assert.equal(f('1.5abc'), '{1.5,[97,98,99]}');
  assert.equal(f('1.5e3x'), '{1.5e3,[120]}');
  assert.equal(f('1'), '{error,no_float}');
  assert.equal(f('1.'), '{error,no_float}');
  assert.equal(f('-1.5'), '{-1.5,[]}');
  assert.equal(f('+1.5'), '{1.5,[]}');
  assert.equal(f('1.5e'), '{1.5,[101]}');
  assert.equal(f('.5'), '{error,no_float}');
  assert.equal(f('1.0e400'), '{error,no_float}');
  assert.equal(f('1_0.5'), '{error,no_float}');
  assert.equal(p('string:list_to_float/1', atom('foo')), '{error,not_a_list}');
  assert.equal(p('string:list_to_float/1', new Cons(49, new Cons(46, new Cons(53, atom('foo'))))), '{1.5,foo}');
  const i = (x: string): string => p('string:list_to_integer/1', s(x));
  assert.equal(i('12ab'), '{12,[97,98]}');
  assert.equal(i('-12'), '{-12,[]}');
  assert.equal(i('+12'), '{12,[]}');
  assert.equal(i('x'), '{error,no_integer}');
  assert.equal(i('123456789012345678901234567890z'), '{123456789012345678901234567890,[122]}');
  assert.equal(i('1_000'), '{1,[95,48,48,48]}');
});

test('external_size, is_builtin, small module BIFs', () => {
  assert.equal(call('erlang:external_size/1', [atom('a'), s('abc'), bin(1, 2, 3)]), 21);
  assert.equal(call('erlang:external_size/2', new Float(1.5), arrayToList([[atom('minor_version'), 0]])), 33);
  assert.equal(call('erlang:external_size/2', new Float(1.5), arrayToList([[atom('minor_version'), 1]])), 10);
  assert.equal(raises('erlang:external_size/2', NIL, arrayToList([atom('compressed')])), 'badarg');
  const ib = (m: string, f: string, a: number): string => p('erlang:is_builtin/3', atom(m), atom(f), a);
  assert.equal(ib('erlang', 'abs', 1), 'true');
  assert.equal(ib('lists', 'reverse', 2), 'true');
  assert.equal(ib('lists', 'map', 2), 'false');
  assert.equal(ib('erlang', '+', 2), 'true');
  assert.equal(ib('erlang', 'spawn', 1), 'false');
  assert.equal(ib('erlang', 'atom_to_binary', 1), 'false');
  assert.equal(ib('erlang', 'list_to_integer', 2), 'true');
  assert.equal(raises('erlang:is_builtin/3', 1, atom('foo'), 1), 'badarg');
  assert.equal(call('erlang:bump_reductions/1', 10), atom('true'));
  assert.equal(raises('erlang:bump_reductions/1', -1), 'badarg');
  assert.equal(p('file:native_name_encoding/0'), 'utf8');
  assert.equal(p('prim_file:internal_name2native/1', s('abc')), '<<97,98,99,0>>');
  assert.equal(p('prim_file:internal_name2native/1', arrayToList([256])), '<<196,128,0>>');
  assert.equal(p('prim_file:internal_name2native/1', arrayToList([s('ab'), 99])), '<<97,98,99,0>>');
  assert.equal(raises('prim_file:internal_name2native/1', atom('foo')), 'badarg');
  assert.equal(p('prim_file:internal_native2name/1', bin(196, 128)), '[256]');
  assert.equal(p('prim_file:internal_native2name/1', bin(255)), '{error,warning}');
  assert.equal(p('prim_file:internal_normalize_utf8/1', bin(97, 204, 136)), '[228]');
  assert.equal(p('prim_file:is_translatable/1', bin(255)), 'false');
  assert.equal(p('error_logger:warning_map/0'), 'warning');
  assert.equal(p('net_kernel:dflag_unicode_io/1', new Pid(1)), 'true');
});

test('erlang:decode_packet/3', () => {
  const d = (type: Term, data: Bitstring, opts: Term[] = []): string => p('erlang:decode_packet/3', type, data, arrayToList(opts));
  const a = atom;
  assert.equal(d(a('raw'), bin(1, 2, 3)), '{ok,<<1,2,3>>,<<>>}');
  assert.equal(d(1, bin(2, 1, 2, 3)), '{ok,<<1,2>>,<<3>>}');
  assert.equal(d(1, bin(5, 1, 2, 3)), '{more,6}');
  assert.equal(d(2, bin(0, 2, 1)), '{more,4}');
  assert.equal(d(2, bin(0)), '{more,undefined}');
  assert.equal(d(4, bin(0, 0, 0, 2, 1, 2, 3)), '{ok,<<1,2>>,<<3>>}');
  assert.equal(d(4, bin(0, 0, 0, 2, 1, 2, 3), [[a('packet_size'), 1]]), '{error,invalid}');
  assert.equal(d(a('line'), b('abc\ndef')), '{ok,<<97,98,99,10>>,<<100,101,102>>}');
  assert.equal(d(a('line'), b('abcdef')), '{more,undefined}');
  assert.equal(d(a('line'), b('abcdef'), [[a('line_length'), 3]]), '{ok,<<97,98,99>>,<<100,101,102>>}');
  assert.equal(d(a('line'), b('abcdef\n'), [[a('packet_size'), 3]]), '{error,invalid}');
  assert.equal(d(a('asn1'), bin(48, 3, 1, 2, 3, 4)), '{ok,<<48,3,1,2,3>>,<<4>>}');
  assert.equal(d(a('tpkt'), bin(3, 0, 0, 6, 1, 2, 3)), '{ok,<<3,0,0,6,1,2>>,<<3>>}');
  assert.equal(d(a('fcgi'), bin(1, 1, 0, 1, 0, 2, 0, 0, 9, 9, 7)), '{ok,<<1,1,0,1,0,2,0,0,9,9>>,<<7>>}');
  assert.equal(raises('erlang:decode_packet/3', a('foo'), bin(), NIL), 'badarg');
  assert.equal(d(a('http'), b('GET /foo HTTP/1.1\r\nHost: x\r\n\r\n')),
    '{ok,{http_request,\'GET\',{abs_path,[47,102,111,111]},{1,1}},<<72,111,115,116,58,32,120,13,10,13,10>>}');
  assert.equal(d(a('http_bin'), b('GET http://a.b:80/x?y HTTP/1.0\r\n')),
    '{ok,{http_request,\'GET\',{absoluteURI,http,<<97,46,98>>,80,<<47,120,63,121>>},{1,0}},<<>>}');
  assert.equal(d(a('http'), b('OPTIONS * HTTP/1.1\r\n')), "{ok,{http_request,'OPTIONS','*',{1,1}},<<>>}");
  assert.equal(d(a('http_bin'), b('HTTP/1.0 404 Not Found\r\n')), '{ok,{http_response,{1,0},404,<<78,111,116,32,70,111,117,110,100>>},<<>>}');
  assert.equal(d(a('http_bin'), b('GET /a\r\n')), "{ok,{http_request,'GET',{abs_path,<<47,97>>},{0,9}},<<>>}");
  assert.equal(d(a('http_bin'), b('get x.com:80 HTTP/1.1\r\n')), '{ok,{http_request,<<103,101,116>>,{scheme,<<120,46,99,111,109>>,<<56,48>>},{1,1}},<<>>}');
  assert.equal(d(a('http'), b('GET /foo HTTP/1.1')), '{more,undefined}');
  assert.equal(d(a('http_bin'), b('garbage\r\n')), '{ok,{http_error,<<103,97,114,98,97,103,101,13,10>>},<<>>}');
  assert.equal(d(a('httph_bin'), b('content-length: 5\r\n\r\n')),
    "{ok,{http_header,38,'Content-Length',<<99,111,110,116,101,110,116,45,108,101,110,103,116,104>>,<<53>>},<<13,10>>}");
  assert.equal(d(a('httph_bin'), b('x-custom-hdr: v\r\n more\r\n\r\n')),
    '{ok,{http_header,0,<<88,45,67,117,115,116,111,109,45,72,100,114>>,<<120,45,99,117,115,116,111,109,45,104,100,114>>,<<118,13,10,32,109,111,114,101>>},<<13,10>>}');
  assert.equal(d(a('httph'), b('X-A: v\r\n')), '{more,undefined}');
  assert.equal(d(a('httph'), b('\r\n')), '{ok,http_eoh,<<>>}');
});

test('erts_internal and erts_debug', () => {
  assert.equal(call('erts_internal:cmp_term/2', 1, new Float(1)), -1);
  assert.equal(call('erts_internal:cmp_term/2', atom('a'), atom('a')), 0);
  const tt = (t: Term): string => p('erts_internal:term_type/1', t);
  assert.equal(tt(1), 'fixnum');
  assert.equal(tt(2 ** 59), 'bignum');
  assert.equal(tt(-(2 ** 59)), 'fixnum');
  assert.equal(tt(new Float(1)), 'hfloat');
  assert.equal(tt(NIL), 'nil');
  assert.equal(tt([atom('a')]), 'tuple');
  assert.equal(tt(bin(1, 2, 3)), 'heap_binary');
  assert.equal(tt(new Bitstring(new Uint8Array(65), 0, 65 * 8)), 'refc_binary');
  assert.equal(tt(new Bitstring(new Uint8Array(1), 0, 3)), 'sub_binary');
  assert.equal(tt(new Pid(1)), 'pid');
  assert.equal(call('erts_internal:time_unit/0'), 1000000000);
  const fs = (t: Term): number => call('erts_debug:flat_size/1', t) as number;
  assert.equal(fs(1), 0);
  assert.equal(fs(2 ** 60), 2);
  assert.equal(fs(2n ** 64n), 3);
  assert.equal(fs(2n ** 200n), 5);
  assert.equal(fs(new Float(1)), 2);
  assert.equal(fs(arrayToList([atom('a')])), 2);
  assert.equal(fs(s('abc')), 6);
  assert.equal(fs([]), 0);
  assert.equal(fs([atom('a'), atom('b')]), 3);
  assert.equal(fs(bin(1, 2, 3)), 3);
  assert.equal(fs(new Bitstring(new Uint8Array(64), 0, 64 * 8)), 10);
  assert.equal(fs(new Bitstring(new Uint8Array(65), 0, 65 * 8)), 6);
  assert.equal(fs([arrayToList([1, 2]), [3]]), 9);
  const l = arrayToList([1, 2]);
  assert.equal(fs([l, l]), 11);
  assert.equal(call('erts_debug:size_shared/1', [l, l]), 7);
  assert.equal(p('erts_debug:same/2', l, l), 'true');
  assert.equal(p('erts_debug:same/2', l, arrayToList([1, 2])), 'false');
});
