import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, lockRemainingSeconds, type LockState } from './lockout.js';

const now = new Date('2026-05-01T08:00:00Z');
const fresh: LockState = { failedLoginCount: 0, lockCount: 0, lockedUntil: null };

function fail(times: number, from: LockState = fresh): LockState {
  let s = from;
  for (let i = 0; i < times; i++) s = afterFailure(s, now);
  return s;
}

describe('lockout', () => {
  it('does not lock before the fifth failure', () => {
    const s = fail(4);
    expect(s.lockedUntil).toBeNull();
    expect(s.failedLoginCount).toBe(4);
  });

  it('locks for 15 minutes at the fifth consecutive failure', () => {
    const s = fail(5);
    expect(lockRemainingSeconds(s, now)).toBe(15 * 60);
  });

  it('doubles each further lock', () => {
    const second = fail(5, fail(5));
    expect(lockRemainingSeconds(second, now)).toBe(30 * 60);
    const third = fail(5, second);
    expect(lockRemainingSeconds(third, now)).toBe(60 * 60);
  });

  it('does not mutate its input', () => {
    const s = { ...fresh };
    afterFailure(s, now);
    expect(s).toEqual(fresh);
  });

  it('clears everything after a success', () => {
    expect(afterSuccess()).toEqual(fresh);
  });
});
