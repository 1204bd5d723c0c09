/** The source of "now" for every rule that depends on time; tests inject a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `start` now and runs at the real clock's speed from there. */
export function startedClock(start: Date, real: () => number = Date.now): Clock {
  const shift = start.getTime() - real();
  return { now: () => new Date(real() + shift) };
}

export function fixedClock(at: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let current = at.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (d) => {
      current = d.getTime();
    },
  };
}
