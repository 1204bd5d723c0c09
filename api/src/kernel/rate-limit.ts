import type pg from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RateLimitedError } from './errors.js';

/** Created by a migration (not an entity): one row per limiter and key, `<prefix>:<key>`. */
export const RATE_LIMIT_TABLE = 'rate_limit';

export interface RateLimits {
  login: RateLimiterAbstract;
  register: RateLimiterAbstract;
  /** Password-reset requests: each may send a mail, so fewer than sign-ins. */
  passwordReset: RateLimiterAbstract;
}

/**
 * Per-IP limits. Generous enough for a ward of nurses behind one address, tight enough to stop
 * guessing at the speed of a script. The counters live in PostgreSQL, so every API instance
 * spends from the same allowance. `pool` is not the ORM's: a point spent by a login that fails
 * stays spent although that mutation's transaction rolls back.
 */
export function createRateLimits(
  pool: pg.Pool,
  opts: { loginPerIp: number; registerPerIp: number; passwordResetPerIp: number },
): RateLimits {
  const store = {
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
  };
  return {
    login: new RateLimiterPostgres({
      ...store,
      keyPrefix: 'login',
      points: opts.loginPerIp,
      duration: 900,
    }),
    register: new RateLimiterPostgres({
      ...store,
      keyPrefix: 'register',
      points: opts.registerPerIp,
      duration: 3600,
    }),
    passwordReset: new RateLimiterPostgres({
      ...store,
      keyPrefix: 'password-reset',
      points: opts.passwordResetPerIp,
      duration: 3600,
    }),
  };
}

/** Spends one point for `key`, or throws RATE_LIMITED with the seconds to wait. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
    }
    throw err;
  }
}
