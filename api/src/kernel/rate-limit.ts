import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors.js';

export interface RateLimits {
  login: RateLimiterMemory;
  register: RateLimiterMemory;
}

/**
 * Per-IP limits. Generous enough for a ward of nurses behind one address, tight enough to stop
 * guessing at the speed of a script. One process holds them in memory.
 */
export function createRateLimits(opts: { loginPerIp: number; registerPerIp: number }): RateLimits {
  return {
    login: new RateLimiterMemory({ keyPrefix: 'login', points: opts.loginPerIp, duration: 900 }),
    register: new RateLimiterMemory({
      keyPrefix: 'register',
      points: opts.registerPerIp,
      duration: 3600,
    }),
  };
}

/** Spends one point for `key`, or throws RATE_LIMITED with the seconds to wait. */
export async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
    }
    throw err;
  }
}
