// The portable digests (crypto_js.ts), the node:crypto backend and crypto's
// HMAC natives, against values printed by the real erl
// (binary:encode_hex(crypto:hash(Alg, Input))).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsCryptoBackend } from '../../../src/bifs/crypto_js.js';
import { nodeCryptoBackend } from '../../../src/bifs/crypto_node.js';
import type { CryptoBackend } from '../../../src/bifs/crypto_backend.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/index.js';
import { atom, Bitstring } from '../../../src/term/types.js';
import { binaryFromBytes, bytesOf } from '../../../src/term/bits.js';

const enc = new TextEncoder();
const INPUTS = [
  new Uint8Array(0),
  enc.encode('abc'),
  new Uint8Array(1000).fill(0x61),
  Uint8Array.from({ length: 256 }, (_, i) => i),
];

// crypto:hash(Alg, lists:nth(I, Inputs)) from erl, I = 1..4
const EXPECTED: Record<string, string[]> = {
  md5: ['D41D8CD98F00B204E9800998ECF8427E', '900150983CD24FB0D6963F7D28E17F72', 'CABE45DCC9AE5B66BA86600CCA6B8BA8', 'E2C865DB4162BED963BFAA9EF6AC18F0'],
  sha: ['DA39A3EE5E6B4B0D3255BFEF95601890AFD80709', 'A9993E364706816ABA3E25717850C26C9CD0D89D', '291E9A6C66994949B57BA5E650361E98FC36B1BA', '4916D6BDB7F78E6803698CAB32D1586EA457DFC8'],
  sha224: ['D14A028C2A3A2BC9476102BB288234C415A2B01F828EA62AC5B3E42F', '23097D223405D8228642A477BDA255B32AADBCE4BDA0B3F7E36C9DA7', '4E8F0CE90B64661A2B5E84BE6D93A7D9B76871062F1814433D04A03D', '88702E63237824C4EB0D0FCFE41469A462493E8BEB2A75BBE5981734'],
  sha256: ['E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD', '41EDECE42D63E8D9BF515A9BA6932E1C20CBC9F5A5D134645ADB5DB1B9737EA3', '40AFF2E9D2D8922E47AFD4648E6967497158785FBD1DA870E7110266BF944880'],
  sha384: ['38B060A751AC96384CD9327EB1B1E36A21FDB71114BE07434C0CC7BF63F6E1DA274EDEBFE76F65FBD51AD2F14898B95B', 'CB00753F45A35E8BB5A03D699AC65007272C32AB0EDED1631A8B605A43FF5BED8086072BA1E7CC2358BAECA134C825A7', 'F54480689C6B0B11D0303285D9A81B21A93BCA6BA5A1B4472765DCA4DA45EE328082D469C650CD3B61B16D3266AB8CED', 'FFDAEBFF65ED05CF400F0221C4CCFB4B2104FB6A51F87E40BE6C4309386BFDEC2892E9179B34632331A59592737DB5C5'],
  sha512: ['CF83E1357EEFB8BDF1542850D66D8007D620E4050B5715DC83F4A921D36CE9CE47D0D13C5D85F2B0FF8318D2877EEC2F63B931BD47417A81A538327AF927DA3E', 'DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F', '67BA5535A46E3F86DBFBED8CBBAF0125C76ED549FF8B0B9E03E0C88CF90FA634FA7B12B47D77B694DE488ACE8D9A65967DC96DF599727D3292A8D9D447709C97', '1E7B80BC8EDC552C8FEEB2780E111477E5BC70465FAC1A77B29B35980C3F0CE4A036A6C9462036824BD56801E62AF7E9FEBA5C22ED8A5AF877BF7DE117DCAC6D'],
};

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('').toUpperCase();
}

function digest(be: CryptoBackend, alg: string, parts: Uint8Array[]): string {
  const h = be.newHash(alg);
  assert.ok(h, alg);
  for (const p of parts) h.update(p);
  return hex(h.digest());
}

for (const [name, be] of [['js', jsCryptoBackend], ['node', nodeCryptoBackend]] as const) {
  test(`${name} backend: digests match erl`, () => {
    for (const [alg, want] of Object.entries(EXPECTED)) {
      INPUTS.forEach((inp, i) => assert.equal(digest(be, alg, [inp]), want[i], `${alg} input ${i + 1}`));
    }
  });
}

test('js backend: split updates and copies give the same digest', () => {
  const data = INPUTS[2];
  for (const alg of Object.keys(EXPECTED)) {
    // odd split points around the 64- and 128-byte block boundaries
    for (const cut of [1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 999]) {
      assert.equal(digest(jsCryptoBackend, alg, [data.subarray(0, cut), data.subarray(cut)]), EXPECTED[alg][2]);
    }
    const h = jsCryptoBackend.newHash(alg)!;
    h.update(data.subarray(0, 300));
    const fork = h.copy();
    h.update(data.subarray(300));
    fork.update(data.subarray(300));
    assert.equal(hex(h.digest()), EXPECTED[alg][2]);
    assert.equal(hex(fork.digest()), EXPECTED[alg][2]);
  }
});

test('js backend: unknown digests and random bytes', () => {
  assert.equal(jsCryptoBackend.newHash('sha3_256'), null);
  assert.equal(jsCryptoBackend.randomBytes(70000).length, 70000);
});

test('crypto:mac_nif HMAC matches erl (long key hashed first)', () => {
  const mac = lookupNative('crypto', 'mac_nif', 4)!;
  const bin = (s: string | Uint8Array) => binaryFromBytes(typeof s === 'string' ? enc.encode(s) : s);
  const r1 = mac(atom('hmac'), atom('sha512'), bin(new Uint8Array(131).fill(0xaa)), bin('Test Using Larger Than Block-Size Key - Hash Key First'));
  assert.equal(hex(bytesOf(r1 as Bitstring)), '80B24263C7C1A3EBB71493C1DD7BE8B49B46D1F41B4AEEC1121B013783F8F3526B56D037E05F2598BD0FD2215D6A1E5295E64F73F63F0AEC8B915A985D786598');
  const r2 = mac(atom('hmac'), atom('sha256'), bin('key'), bin('The quick brown fox jumps over the lazy dog'));
  assert.equal(hex(bytesOf(r2 as Bitstring)), 'F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8');
});
