// prim_file's and prim_buffer's natives over the Node host's file system.
// Expected results are what the real erl (OTP 25) returns for the same calls
// (prim_file:open/2, file:delete/1 on a directory, ...).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../../../src/bifs/erlang_misc.js';
import '../../../src/bifs/prim_file.js';
import '../../../src/bifs/prim_file_io.js';
import '../../../src/bifs/prim_buffer.js';
import { setCurrent } from '../../../src/vm/context.js';
import { runExitHooks } from '../../../src/vm/exit_hooks.js';
import { atom, Bitstring, NIL, Pid, type Term } from '../../../src/term/types.js';
import { arrayToList, stringToList } from '../../../src/term/list.js';
import { binaryFromString } from '../../../src/term/bits.js';
import { formatPretty as formatTerm } from '../../../src/term/pretty.js';
import { callNative, nativeRaises } from '../native_call.js';
import { NodeFs } from '../../../src/host/node_fs.js';

const call = callNative;
const p = (mfa: string, ...args: Term[]): string => formatTerm(call(mfa, ...args));
const raises = (mfa: string, ...args: Term[]): string => nativeRaises(formatTerm, mfa, ...args);
/** A path as prim_file hands it to the NIFs: internal_name2native/1's UTF-8 plus NUL. */
const nat = (s: string): Term => call('prim_file:internal_name2native/1', stringToList(s));
const modes = (...names: string[]): Term => arrayToList(names.map((n) => atom(n)));
const iovec = (...parts: string[]): Term => arrayToList(parts.map((s) => binaryFromString(s)));
const text = (t: Term): string => Buffer.from((t as Bitstring).data).toString();

const owner = new Pid(4242);
const host: { fs?: NodeFs } = { fs: new NodeFs() };
setCurrent({ pid: owner, vm: { host, makeRef: undefined } } as never);

let dir = '';
const J = (...parts: string[]): string => path.join(dir, ...parts);
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-files-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(file: string, ...m: string[]): Term {
  const r = call('prim_file:open_nif/2', nat(file), modes(...m)) as Term[];
  assert.equal(formatTerm(r[0]), 'ok');
  return r[1];
}

test('write, seek, read and close through a handle', () => {
  const h = open(J('a.txt'), 'write', 'read');
  assert.equal(p('prim_file:write_nif/2', h, iovec('hello ', 'world')), 'ok');
  assert.equal(p('prim_file:seek_nif/3', h, atom('cur'), 0), '{ok,11}');
  assert.equal(p('prim_file:seek_nif/3', h, atom('bof'), 6), '{ok,6}');
  assert.equal(text((call('prim_file:read_nif/2', h, 100) as Term[])[1]), 'world');
  assert.equal(p('prim_file:read_nif/2', h, 1), 'eof');
  assert.equal(p('prim_file:seek_nif/3', h, atom('eof'), -5), '{ok,6}');
  assert.equal(p('prim_file:seek_nif/3', h, atom('bof'), -1), '{error,einval}');
  assert.equal(p('prim_file:pread_nif/3', h, 0, 5), '{ok,<<"hello">>}');
  assert.equal(p('prim_file:pread_nif/3', h, 50, 5), 'eof');
  assert.equal(p('prim_file:pwrite_nif/3', h, 0, iovec('J')), 'ok');
  assert.equal(p('prim_file:seek_nif/3', h, atom('bof'), 5), '{ok,5}');
  assert.equal(p('prim_file:truncate_nif/1', h), 'ok');
  assert.equal(p('prim_file:sync_nif/2', h, 1), 'ok');
  assert.equal(p('prim_file:advise_nif/4', h, 0, 0, atom('sequential')), 'ok');
  assert.equal(p('prim_file:advise_nif/4', h, 0, 0, atom('bogus')), '{error,einval}');
  assert.equal(p('prim_file:read_nif/2', h, -1), '{error,einval}');
  assert.equal(raises('prim_file:read_nif/2', h, atom('x')), 'badarg');
  assert.equal(raises('prim_file:seek_nif/3', h, atom('middle'), 0), 'badarg');
  assert.equal(p('prim_file:close_nif/1', h), 'ok');
  // a closed handle answers einval, as the BEAM's state check does
  assert.equal(p('prim_file:close_nif/1', h), '{error,einval}');
  assert.equal(p('prim_file:read_nif/2', h, 1), '{error,einval}');
  assert.equal(raises('prim_file:read_nif/2', atom('not_a_file'), 1), 'badarg');
  assert.equal(p('prim_file:read_file_nif/1', nat(J('a.txt'))), '{ok,<<"Jello">>}');
});

test('open modes: write truncates, append appends, exclusive refuses, read is the default', () => {
  fs.writeFileSync(J('m.txt'), 'abc');
  let h = open(J('m.txt'), 'append');
  call('prim_file:write_nif/2', h, iovec('de'));
  call('prim_file:close_nif/1', h);
  assert.equal(fs.readFileSync(J('m.txt'), 'latin1'), 'abcde');
  h = open(J('m.txt'), 'read', 'append');
  assert.equal(p('prim_file:read_nif/2', h, 2), '{ok,<<"ab">>}');
  call('prim_file:write_nif/2', h, iovec('!'));
  assert.equal(p('prim_file:seek_nif/3', h, atom('cur'), 0), '{ok,6}');
  call('prim_file:close_nif/1', h);
  assert.equal(p('prim_file:open_nif/2', nat(J('m.txt')), modes('write', 'exclusive')), '{error,eexist}');
  h = open(J('m.txt'), 'binary', 'raw');
  assert.equal(p('prim_file:write_nif/2', h, iovec('x')), '{error,ebadf}');
  call('prim_file:close_nif/1', h);
  h = open(J('m.txt'), 'write');
  call('prim_file:close_nif/1', h);
  assert.equal(fs.readFileSync(J('m.txt'), 'latin1'), '');
  assert.equal(raises('prim_file:open_nif/2', nat(J('m.txt')), atom('read')), 'badarg');
});

test('open and read_file errors', () => {
  fs.mkdirSync(J('d'));
  assert.equal(p('prim_file:open_nif/2', nat(J('missing')), modes('read')), '{error,enoent}');
  assert.equal(p('prim_file:open_nif/2', nat(J('d')), modes('read')), '{error,eisdir}');
  assert.equal(p('prim_file:open_nif/2', nat(J('d')), modes('write')), '{error,eisdir}');
  assert.equal(p('prim_file:open_nif/2', nat(J('missing', 'x')), modes('write')), '{error,enoent}');
  fs.writeFileSync(J('f'), '');
  assert.equal(p('prim_file:open_nif/2', nat(J('f', 'x')), modes('write')), '{error,enotdir}');
  assert.equal(p('prim_file:read_file_nif/1', nat(J('d'))), '{error,eisdir}');
  assert.equal(p('prim_file:read_file_nif/1', nat(J('missing'))), '{error,enoent}');
  // names the NIF cannot take: not a binary, or a NUL inside
  assert.equal(p('prim_file:read_file_nif/1', stringToList('x')), '{error,einval}');
  const inner = new Bitstring(Uint8Array.from([97, 0, 98, 0]), 0, 32);
  assert.equal(p('prim_file:read_file_nif/1', inner), '{error,einval}');
});

test('directories, links and renames with the BEAM errno quirks', () => {
  fs.mkdirSync(J('t'));
  assert.equal(p('prim_file:make_dir_nif/1', nat(J('t'))), '{error,eexist}');
  assert.equal(p('prim_file:make_dir_nif/1', nat(J('t', 'u'))), 'ok');
  fs.writeFileSync(J('t', 'u', 'x'), 'x');
  // rmdir of a non-empty directory: eexist; unlink of a directory: eperm
  assert.equal(p('prim_file:del_dir_nif/1', nat(J('t', 'u'))), '{error,eexist}');
  assert.equal(p('prim_file:del_file_nif/1', nat(J('t', 'u'))), '{error,eperm}');
  assert.equal(p('prim_file:del_file_nif/1', nat(J('t', 'u', 'x'))), 'ok');
  assert.equal(p('prim_file:del_file_nif/1', nat(J('t', 'u', 'x'))), '{error,enoent}');
  fs.writeFileSync(J('t', 'u', 'y'), 'y');
  fs.mkdirSync(J('t', 'e'));
  assert.equal(p('prim_file:rename_nif/2', nat(J('t', 'e')), nat(J('t', 'u'))), '{error,eexist}');
  assert.equal(p('prim_file:rename_nif/2', nat(J('t', 'u', 'y')), nat(J('t', 'e'))), '{error,eisdir}');
  assert.equal(p('prim_file:rename_nif/2', nat(J('t', 'u', 'y')), nat(J('t', 'z'))), 'ok');
  assert.equal(p('prim_file:make_soft_link_nif/2', nat('z'), nat(J('t', 'l'))), 'ok');
  assert.equal(p('prim_file:read_link_nif/1', nat(J('t', 'l'))), '{ok,<<"z">>}');
  assert.equal(p('prim_file:read_link_nif/1', nat(J('t', 'z'))), '{error,einval}');
  assert.equal(p('prim_file:make_hard_link_nif/2', nat(J('t', 'z')), nat(J('t', 'h'))), 'ok');
  // the NIF hands the entries over reversed; prim_file:list_dir reverses them back
  const listed = call('prim_file:list_dir_nif/1', nat(J('t'))) as Term[];
  const names: string[] = [];
  for (let l = listed[1]; l !== NIL; l = (l as { tail: Term }).tail) names.push(text((l as { head: Term }).head));
  assert.deepEqual(names, readdirOrder(J('t')).reverse());
  assert.equal(p('prim_file:list_dir_nif/1', nat(J('t', 'z'))), '{error,enotdir}');
  assert.equal(p('prim_file:get_device_cwd_nif/1', 3), '{error,enotsup}');
  assert.equal(p('prim_file:altname_nif/1', nat(J('t'))), '{error,enotsup}');
});

function readdirOrder(d: string): string[] {
  const dh = fs.opendirSync(d);
  const out: string[] = [];
  for (let e = dh.readSync(); e !== null; e = dh.readSync()) out.push(e.name);
  dh.closeSync();
  return out;
}

test('read_info_nif builds #file_info with POSIX times', () => {
  fs.writeFileSync(J('i.txt'), '12345');
  fs.chmodSync(J('i.txt'), 0o640);
  fs.utimesSync(J('i.txt'), 1000, 2000);
  const info = call('prim_file:read_info_nif/2', nat(J('i.txt')), 1) as Term[];
  assert.equal(info.length, 14);
  assert.equal(formatTerm(info.slice(0, 3) as Term), '{file_info,5,regular}');
  assert.equal(info[4], 1000);
  assert.equal(info[5], 2000);
  assert.equal(info[7], 0o100640);
  assert.equal(info[8], 1);
  fs.symlinkSync('nowhere', J('dangling'));
  const link = call('prim_file:read_info_nif/2', nat(J('dangling')), 0) as Term[];
  assert.equal(formatTerm([link[2], link[3]]), '{symlink,none}');
  assert.equal(p('prim_file:read_info_nif/2', nat(J('dangling')), 1), '{error,enoent}');
  assert.equal(raises('prim_file:read_info_nif/2', nat(J('i.txt')), atom('true')), 'badarg');
  assert.equal(p('prim_file:set_permissions_nif/2', nat(J('i.txt')), 0o600), 'ok');
  assert.equal(fs.statSync(J('i.txt')).mode & 0o777, 0o600);
  assert.equal(p('prim_file:set_time_nif/4', nat(J('i.txt')), 5, 6, 7), 'ok');
  assert.equal(fs.statSync(J('i.txt')).mtimeMs, 6000);
});

test('get_cwd and set_cwd', () => {
  const cwd = process.cwd();
  try {
    assert.equal(p('prim_file:set_cwd_nif/1', nat(dir)), 'ok');
    assert.equal(text((call('prim_file:get_cwd_nif/0') as Term[])[1]), fs.realpathSync(dir));
    assert.equal(p('prim_file:del_dir_nif/1', nat(dir)), '{error,einval}');
    assert.equal(p('prim_file:set_cwd_nif/1', nat(J('missing'))), '{error,enoent}');
  } finally {
    process.chdir(cwd);
  }
});

test('files close when their owner exits', () => {
  const h = open(J('owned.txt'), 'write');
  runExitHooks(owner);
  assert.equal(p('prim_file:write_nif/2', h, iovec('x')), '{error,einval}');
});

test('without a host file system every call answers enotsup', () => {
  const saved = host.fs;
  delete host.fs;
  try {
    assert.equal(p('prim_file:read_file_nif/1', nat('/etc/hostname')), '{error,enotsup}');
    assert.equal(p('prim_file:open_nif/2', nat('/x'), NIL), '{error,enotsup}');
    assert.equal(p('prim_file:get_cwd_nif/0'), '{error,enotsup}');
  } finally {
    host.fs = saved;
  }
});

test('prim_buffer queues bytes for read-ahead and read_line', () => {
  const b = call('prim_buffer:new/0');
  assert.equal(p('prim_buffer:size/1', b), '0');
  assert.equal(p('prim_buffer:find_byte_index/2', b, 10), 'not_found');
  assert.equal(p('prim_buffer:write/2', b, iovec('ab', 'c\nde')), 'ok');
  assert.equal(p('prim_buffer:size/1', b), '6');
  assert.equal(p('prim_buffer:find_byte_index/2', b, 10), '{ok,3}');
  // the head binary is ours to choose (read_iovec copes with any); here all queued bytes
  assert.equal(p('prim_buffer:peek_head/1', b), '<<"abc\\nde">>');
  assert.equal(p('prim_buffer:copying_read/2', b, 3), '<<"abc">>');
  assert.equal(p('prim_buffer:find_byte_index/2', b, 10), '{ok,0}');
  assert.equal(p('prim_buffer:peek_head/1', b), '<<"\\nde">>');
  assert.equal(p('prim_buffer:skip/2', b, 1), 'ok');
  assert.equal(raises('prim_buffer:copying_read/2', b, 3), 'badarg');
  // a search that found nothing resumes where it stopped, and still sees new bytes
  assert.equal(p('prim_buffer:find_byte_index/2', b, 10), 'not_found');
  call('prim_buffer:write/2', b, iovec('xy\n'));
  assert.equal(p('prim_buffer:find_byte_index/2', b, 10), '{ok,4}');
  assert.equal(p('prim_buffer:copying_read/2', b, 5), '<<"dexy\\n">>');
  assert.equal(p('prim_buffer:size/1', b), '0');
  assert.equal(p('prim_buffer:try_lock/1', b), 'acquired');
  assert.equal(p('prim_buffer:try_lock/1', b), 'busy');
  assert.equal(p('prim_buffer:unlock/1', b), 'ok');
  assert.equal(raises('prim_buffer:write/2', b, atom('x')), 'badarg');
  assert.equal(raises('prim_buffer:size/1', atom('x')), 'badarg');
});
