import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Mailbox } from '../../../src/vm/process.js';
import { atom, Ref, type Term } from '../../../src/term/types.js';

function drain(mb: Mailbox): Term[] {
  const seen: Term[] = [];
  for (let m = mb.peek(); m !== undefined; m = mb.peek()) {
    seen.push(m);
    mb.advance();
  }
  mb.resetSave();
  return seen;
}

test('recv_marker_use starts the scan after the messages older than the reference', () => {
  const mb = new Mailbox();
  mb.push(atom('old1'));
  mb.push(atom('old2'));
  const marker = mb.reserveMarker();
  const ref = new Ref([1, 2, 3]);
  marker.ref = ref;
  mb.push(atom('new1'));
  mb.useMarker(ref);
  assert.equal(mb.peek(), atom('new1'));
  mb.removeCurrent();
  assert.deepEqual(drain(mb), [atom('old1'), atom('old2')]);
});

test('markers follow removals before them and survive queue compaction', () => {
  const mb = new Mailbox();
  for (let i = 0; i < 100; i++) mb.push(i);
  const marker = mb.reserveMarker();
  const ref = new Ref([7]);
  marker.ref = ref;
  mb.push(atom('reply'));
  // remove 80 messages from the head (compacts the queue) and one from the middle
  for (let i = 0; i < 80; i++) mb.removeCurrent();
  mb.advance();
  mb.removeCurrent(); // removes 81 (the cursor was at 81)
  mb.useMarker(ref);
  assert.equal(mb.peek(), atom('reply'));
});

test('an unknown or cleared reference leaves the scan at the oldest message', () => {
  const mb = new Mailbox();
  mb.push(1);
  const ref = new Ref([9]);
  mb.reserveMarker().ref = ref;
  mb.push(2);
  mb.clearMarker(ref);
  mb.useMarker(ref);
  assert.equal(mb.peek(), 1);
  mb.useMarker(new Ref([9]));
  assert.equal(mb.peek(), 1);
});
