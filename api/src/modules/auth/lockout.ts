export const MAX_FAILURES = 5;
export const BASE_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;

export interface LockState {
  failedLoginCount: number;
  lockCount: number;
  lockedUntil: Date | null;
}

/** Seconds left on a lock, or 0 when the account is not locked at `now`. */
export function lockRemainingSeconds(state: Pick<LockState, 'lockedUntil'>, now: Date): number {
  if (!state.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The state after one more failed sign-in. The fifth consecutive failure locks the account for
 * 15 minutes; each further lock doubles, up to a day. Pure: returns a new state.
 */
export function afterFailure(state: LockState, now: Date): LockState {
  const failures = state.failedLoginCount + 1;
  if (failures < MAX_FAILURES) return { ...state, failedLoginCount: failures };
  const duration = Math.min(BASE_LOCK_MS * 2 ** state.lockCount, MAX_LOCK_MS);
  return {
    failedLoginCount: 0,
    lockCount: state.lockCount + 1,
    lockedUntil: new Date(now.getTime() + duration),
  };
}

export function afterSuccess(): LockState {
  return { failedLoginCount: 0, lockCount: 0, lockedUntil: null };
}
