// erlang:decode_packet/3: split one packet off a binary the way gen_tcp's
// {packet, Type} option does, and parse HTTP lines into OTP's tuples.

import { atom, Atom, Bitstring, Cons, NIL, UNDEFINED, OK, ERROR, type Term } from '../term/types.js';
import { bytesOf } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { defineNatives } from './registry.js';

const A_MORE = atom('more');
const A_INVALID = atom('invalid');
const A_PACKET_SIZE = atom('packet_size');
const A_LINE_LENGTH = atom('line_length');
const A_LINE_DELIMITER = atom('line_delimiter');
const A_HTTP_EOH = atom('http_eoh');
const A_HTTP_ERROR = atom('http_error');
const A_HTTP_HEADER = atom('http_header');
const A_HTTP_REQUEST = atom('http_request');
const A_HTTP_RESPONSE = atom('http_response');
const A_ABS_PATH = atom('abs_path');
const A_ABSOLUTE_URI = atom('absoluteURI');
const A_SCHEME = atom('scheme');
const A_HTTP = atom('http');
const A_HTTPS = atom('https');
const A_STAR = atom('*');

// header names with their index (position + 1) in the decoded tuple
const HEADERS = [
  'Cache-Control', 'Connection', 'Date', 'Pragma', 'Transfer-Encoding', 'Upgrade', 'Via', 'Accept',
  'Accept-Charset', 'Accept-Encoding', 'Accept-Language', 'Authorization', 'From', 'Host',
  'If-Modified-Since', 'If-Match', 'If-None-Match', 'If-Range', 'If-Unmodified-Since', 'Max-Forwards',
  'Proxy-Authorization', 'Range', 'Referer', 'User-Agent', 'Age', 'Location', 'Proxy-Authenticate',
  'Public', 'Retry-After', 'Server', 'Vary', 'Warning', 'Www-Authenticate', 'Allow', 'Content-Base',
  'Content-Encoding', 'Content-Language', 'Content-Length', 'Content-Location', 'Content-Md5',
  'Content-Range', 'Content-Type', 'Etag', 'Expires', 'Last-Modified', 'Accept-Ranges', 'Set-Cookie',
  'Set-Cookie2', 'X-Forwarded-For', 'Cookie', 'Keep-Alive', 'Proxy-Connection',
];
const HEADER_INDEX = new Map(HEADERS.map((h, i) => [h, i + 1]));
const METHODS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE']);
const MAX_NAME_LEN = 50;

const enum Kind { Raw, Len1, Len2, Len4, Line, Asn1, SunRm, Cdr, Fcgi, Tpkt, Http, HttpH }

const TYPES = new Map<Term, [Kind, boolean]>([
  [atom('raw'), [Kind.Raw, false]],
  [0, [Kind.Raw, false]],
  [1, [Kind.Len1, false]],
  [2, [Kind.Len2, false]],
  [4, [Kind.Len4, false]],
  [atom('line'), [Kind.Line, false]],
  [atom('asn1'), [Kind.Asn1, false]],
  [atom('sunrm'), [Kind.SunRm, false]],
  [atom('cdr'), [Kind.Cdr, false]],
  [atom('fcgi'), [Kind.Fcgi, false]],
  [atom('tpkt'), [Kind.Tpkt, false]],
  [atom('http'), [Kind.Http, false]],
  [atom('httph'), [Kind.HttpH, false]],
  [atom('http_bin'), [Kind.Http, true]],
  [atom('httph_bin'), [Kind.HttpH, true]],
]);

const MORE = -0.5; // sentinel: length unknown
const INVALID = -1;

function u16(b: Uint8Array, p: number): number {
  return (b[p] << 8) | b[p + 1];
}
function u32(b: Uint8Array, p: number): number {
  return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
}

function isSp(c: number): boolean {
  return c === 32 || c === 9;
}
const TSPECIAL = new Uint8Array(128);
for (let i = 0; i < 33; i++) TSPECIAL[i] = 1;
for (const ch of '()<>@,;:\\"/[]?={} \t') TSPECIAL[ch.charCodeAt(0)] = 1;
function isTspecial(c: number): boolean {
  return c > 32 && c < 128 ? TSPECIAL[c] === 1 : true;
}

/** [total packet length | MORE (length not known yet) | INVALID, unused]. */
function packetLength(kind: Kind, b: Uint8Array, maxLen: number, trunc: number, delim: number): [number, number] {
  const n = b.length;
  let hlen = 0;
  let plen = 0;
  switch (kind) {
    case Kind.Raw:
      return n === 0 ? [MORE, -1] : [n, 0];
    case Kind.Len1:
      hlen = 1;
      if (n < hlen) return [MORE, -1];
      plen = b[0];
      break;
    case Kind.Len2:
      hlen = 2;
      if (n < hlen) return [MORE, -1];
      plen = u16(b, 0);
      break;
    case Kind.Len4:
    case Kind.SunRm:
      hlen = 4;
      if (n < hlen) return [MORE, -1];
      plen = kind === Kind.SunRm ? u32(b, 0) & 0x7fffffff : u32(b, 0);
      break;
    case Kind.Line: {
      const at = b.indexOf(delim);
      if (at < 0) {
        if (maxLen !== 0 && n > maxLen) return [INVALID, 0];
        if (trunc !== 0 && n >= trunc) return [trunc, 0];
        return [MORE, -1];
      }
      const len = at + 1;
      if (maxLen !== 0 && len > maxLen) return [INVALID, 0];
      if (trunc !== 0 && len > trunc) return [trunc, 0];
      return [len, 0];
    }
    case Kind.Asn1: {
      if (n < 2) return [MORE, -1];
      let p = 1;
      let left = n - 1;
      if ((b[0] & 0x1f) === 0x1f) {
        while (left > 0 && (b[p] & 0x80) === 0x80) {
          p++;
          left--;
        }
        if (left < 2) return [MORE, -1];
        p++;
        left--;
      }
      const first = b[p];
      const lenBytes = first & 0x7f;
      if ((first & 0x80) !== 0) {
        p++;
        left--;
        if (left < lenBytes) return [MORE, -1];
        if (lenBytes > 4) return [INVALID, 0];
        plen = 0;
        for (let i = 0; i < lenBytes; i++) plen = plen * 256 + b[p + i];
        p += lenBytes;
      } else {
        p++;
        plen = lenBytes;
      }
      hlen = p;
      break;
    }
    case Kind.Cdr:
      hlen = 12;
      if (n < hlen) return [MORE, -1];
      if (b[0] !== 71 || b[1] !== 73 || b[2] !== 79 || b[3] !== 80) return [INVALID, 0];
      plen = b[6] & 1 ? (b[8] | (b[9] << 8) | (b[10] << 16) | (b[11] << 24)) >>> 0 : u32(b, 8);
      break;
    case Kind.Fcgi:
      hlen = 8;
      if (n < hlen) return [MORE, -1];
      if (b[0] !== 1) return [INVALID, 0];
      plen = u16(b, 4) + b[6];
      break;
    case Kind.Tpkt:
      hlen = 4;
      if (n < hlen) return [MORE, -1];
      if (b[0] !== 3) return [INVALID, 0];
      plen = u16(b, 2) - hlen;
      break;
    case Kind.Http:
    case Kind.HttpH:
      return httpLength(kind === Kind.HttpH, b, maxLen !== 0 ? maxLen : trunc);
  }
  const limit = maxLen === 0 ? 0x7fffffff - hlen : maxLen;
  if (plen > limit) return [INVALID, 0];
  return [hlen + plen, 0];
}

function httpLength(header: boolean, b: Uint8Array, maxLen: number): [number, number] {
  const n = b.length;
  if ((n === 1 && b[0] === 10) || (n === 2 && b[0] === 13 && b[1] === 10)) return [n, 0];
  let from = 0;
  for (;;) {
    const nl = b.indexOf(10, from);
    if (nl < 0) {
      if (maxLen !== 0 && n >= maxLen) return [INVALID, 0];
      return [MORE, -1];
    }
    const plen = nl + 1;
    if (!header) return maxLen !== 0 && plen > maxLen ? [INVALID, 0] : [plen, 0];
    if (plen < n) {
      // a header value continues on a line that starts with white space
      if (isSp(b[plen]) && plen > 2) {
        from = plen;
        continue;
      }
      return maxLen !== 0 && plen > maxLen ? [INVALID, 0] : [plen, 0];
    }
    if (maxLen !== 0 && plen > maxLen) return [INVALID, 0];
    return [MORE, -1];
  }
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]);
  return s;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A string in the caller's chosen form: a list of bytes or a binary. */
function str(b: Uint8Array, from: number, to: number, bin: boolean): Term {
  if (bin) return new Bitstring(b.slice(from, to), 0, (to - from) * 8);
  let l: Term = NIL;
  for (let i = to - 1; i >= from; i--) l = new Cons(b[i], l);
  return l;
}
function strOf(s: string, bin: boolean): Term {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return str(u, 0, u.length, bin);
}

function parseUri(b: Uint8Array, from: number, to: number, bin: boolean): Term {
  const len = to - from;
  if (len === 1 && b[from] === 42) return A_STAR;
  if (len <= 1 || b[from] === 47) return [A_ABS_PATH, str(b, from, to, bin)];
  const head = latin1(b, from, Math.min(to, from + 8)).toLowerCase();
  if (head.startsWith('http://')) return absoluteUri(A_HTTP, b, from + 7, to, bin);
  if (head.startsWith('https://')) return absoluteUri(A_HTTPS, b, from + 8, to, bin);
  const colon = b.subarray(from, to).indexOf(58);
  if (colon < 0) return str(b, from, to, bin);
  return [A_SCHEME, str(b, from, from + colon, bin), str(b, from + colon + 1, to, bin)];
}

function absoluteUri(scheme: Atom, b: Uint8Array, from: number, to: number, bin: boolean): Term {
  const slash = b.subarray(from, to).indexOf(47);
  const hostEnd = slash < 0 ? to : from + slash;
  const path = slash < 0 ? strOf('/', bin) : str(b, hostEnd, to, bin);
  const hostPart = b.subarray(from, hostEnd);
  const colon = hostPart.indexOf(58);
  let port: Term = UNDEFINED;
  let host: Term;
  const portOf = (p: number): void => {
    let v = 0;
    let i = p;
    while (i < hostEnd && isDigit(b[i])) v = v * 10 + (b[i++] - 48);
    if (i === hostEnd && v !== 0) port = v;
  };
  if (colon < 0) host = str(b, from, hostEnd, bin);
  else if (hostPart[0] === 91 && hostPart.indexOf(93) >= 0) {
    // [ipv6]:port
    const close = from + hostPart.indexOf(93);
    host = str(b, from, close + 1, bin);
    if (hostPart.lastIndexOf(58) === close + 1 - from) portOf(close + 2);
  } else {
    host = str(b, from, from + colon, bin);
    portOf(from + colon + 1);
  }
  return [A_ABSOLUTE_URI, scheme, host, port, path];
}

/** Parse one HTTP line (`b` is the whole packet); null for a malformed one. */
function parseHttp(b: Uint8Array, header: boolean, bin: boolean): Term | null {
  let n = b.length;
  if (n >= 2 && b[n - 2] === 13) n -= 2;
  else if (n >= 1 && b[n - 1] === 10) n -= 1;
  let p = 0;
  const version = (): [number, number] | null => {
    let major = 0;
    let minor = 0;
    let q = p;
    while (p < n && isDigit(b[p])) major = major * 10 + (b[p++] - 48);
    if (p === q || p >= n || b[p] !== 46) return null;
    p++;
    q = p;
    while (p < n && isDigit(b[p])) minor = minor * 10 + (b[p++] - 48);
    if (p === q) return null;
    return [major, minor];
  };
  if (!header) {
    if (n >= 5 && latin1(b, 0, 5) === 'HTTP/') {
      p = 5;
      const v = version();
      if (v === null) return null;
      let q = p;
      while (p < n && isSp(b[p])) p++;
      if (p === q) return null;
      let status = 0;
      while (p < n && isDigit(b[p])) status = status * 10 + (b[p++] - 48);
      q = p;
      while (p < n && isSp(b[p])) p++;
      if (p === q && p < n) return null;
      return [A_HTTP_RESPONSE, v, status, str(b, p, n, bin)];
    }
    while (p < n && !isTspecial(b[p])) p++;
    const methEnd = p;
    if (p >= n || methEnd === 0 || !isSp(b[p])) return null;
    const methName = latin1(b, 0, methEnd);
    const meth = METHODS.has(methName) ? atom(methName) : str(b, 0, methEnd, bin);
    while (p < n && isSp(b[p])) p++;
    const uriStart = p;
    while (p < n && !isSp(b[p])) p++;
    const uriEnd = p;
    if (uriEnd === uriStart) return null;
    while (p < n && isSp(b[p])) p++;
    if (p === n) return [A_HTTP_REQUEST, meth, parseUri(b, uriStart, uriEnd, bin), [0, 9]];
    if (n - p < 8 || latin1(b, p, p + 5) !== 'HTTP/') return null;
    p += 5;
    const v = version();
    if (v === null) return null;
    return [A_HTTP_REQUEST, meth, parseUri(b, uriStart, uriEnd, bin), v];
  }
  if (n === 0) return A_HTTP_EOH;
  // header name, case-normalised: Capital-After-Dash, the rest lower case
  let up = true;
  let name = '';
  let nameLen = 0;
  while (!isTspecial(b[p])) {
    let c = b[p];
    if (nameLen < MAX_NAME_LEN) {
      if (up) {
        if (c >= 97 && c <= 122) c -= 32;
        up = false;
      } else if (c >= 65 && c <= 90) c += 32;
      else if (c === 45) up = true;
      name += String.fromCharCode(c);
    }
    nameLen++;
    p++;
    if (p >= n) return null;
  }
  if (b[p] !== 58) return null;
  const known = nameLen <= MAX_NAME_LEN ? HEADER_INDEX.get(name) : undefined;
  const field: Term = known !== undefined ? atom(name) : nameLen <= MAX_NAME_LEN ? strOf(name, bin) : str(b, 0, nameLen, bin);
  p++;
  while (p < n && isSp(b[p])) p++;
  return [A_HTTP_HEADER, known ?? 0, field, str(b, 0, nameLen, bin), str(b, p, n, bin)];
}

function optInt(v: Term): number {
  if (typeof v !== 'number' || v < 0) badarg();
  return v;
}

function decodePacket(type: Term, bin: Term, opts: Term): Term {
  const t = TYPES.get(type);
  if (t === undefined || !(bin instanceof Bitstring) || (bin.bitSize & 7) !== 0) return badarg();
  let maxLen = 0;
  let trunc = 0;
  let delim = 10;
  let o = opts;
  while (o instanceof Cons) {
    const opt = o.head;
    if (!Array.isArray(opt) || opt.length !== 2) return badarg();
    if (opt[0] === A_PACKET_SIZE) maxLen = optInt(opt[1]);
    else if (opt[0] === A_LINE_LENGTH) trunc = optInt(opt[1]);
    else if (opt[0] === A_LINE_DELIMITER) {
      delim = optInt(opt[1]);
      if (delim > 255) badarg();
    } else return badarg();
    o = o.tail;
  }
  if (o !== NIL) return badarg();
  const [kind, asBin] = t;
  const bytes = bytesOf(bin);
  const [len] = packetLength(kind, bytes, maxLen, trunc, delim);
  if (len === INVALID) return [ERROR, A_INVALID];
  if (len === MORE) return [A_MORE, UNDEFINED];
  if (len > bytes.length) return [A_MORE, len];
  const rest = new Bitstring(bin.data, bin.bitOffset + len * 8, bin.bitSize - len * 8, bin.extent);
  if (kind === Kind.Http || kind === Kind.HttpH) {
    const pkt = bytes.subarray(0, len);
    const r = parseHttp(pkt, kind === Kind.HttpH, asBin);
    return [OK, r ?? [A_HTTP_ERROR, str(pkt, 0, len, asBin)], rest];
  }
  const body = kind === Kind.Len1 ? 1 : kind === Kind.Len2 ? 2 : kind === Kind.Len4 ? 4 : 0;
  const packet = new Bitstring(bin.data, bin.bitOffset + body * 8, (len - body) * 8, bin.extent);
  return [OK, packet, rest];
}

defineNatives('erlang', {
  'decode_packet/3': decodePacket,
});
