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

const bound = new WeakMap<object, Clock>();

/**
 * Binds a clock to an ORM's configuration (shared by every EntityManager forked from it), so that
 * entity timestamps set by the ORM read the injected clock too, not the machine's.
 */
export function bindClock(orm: { config: object }, clock: Clock): void {
  bound.set(orm.config, clock);
}

/** The clock bound to this EntityManager's ORM; the real one when none was bound (CLI tools). */
export function clockOf(em: { config: object }): Clock {
  return bound.get(em.config) ?? systemClock;
}

/**
 * For `@Property({ onCreate: stampNow, onUpdate: stampNow })`: the ORM calls it with the entity
 * and its EntityManager, on create only when no value was given.
 */
export function stampNow(_entity: unknown, em: { config: object }): Date {
  return clockOf(em).now();
}
