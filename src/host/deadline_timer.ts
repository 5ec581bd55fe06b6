// A host timer that never fires before its deadline by performance.now(),
// the clock erlang:monotonic_time reads. Both Node's libuv clock and
// browsers may fire setTimeout a little early by that clock; the BEAM never
// fires early, so the timer re-arms for whatever is left.

import type { TimerHandle } from '../runtime/host.js';

class DeadlineTimer {
  t: ReturnType<typeof setTimeout> | undefined = undefined;
}

export function setDeadlineTimer(ms: number, cb: () => void): TimerHandle {
  const deadline = performance.now() + ms;
  const h = new DeadlineTimer();
  const fire = (): void => {
    const left = deadline - performance.now();
    if (left > 0) h.t = setTimeout(fire, Math.ceil(left));
    else cb();
  };
  h.t = setTimeout(fire, ms);
  return h as unknown as TimerHandle;
}

export function clearDeadlineTimer(h: TimerHandle): void {
  clearTimeout((h as unknown as DeadlineTimer).t);
}
