import { describe, expect, it, vi } from 'vitest';
import {
  refreshDelay,
  SessionEndedError,
  SessionManager,
  type SessionDeps,
  type SessionTokens,
} from './session-manager';

const NOW = Date.parse('2026-03-02T10:00:00Z');

function tokens(n: number, ttlSeconds = 900): SessionTokens {
  return {
    accessToken: `token-${n}`,
    expiresAt: new Date(NOW + ttlSeconds * 1000).toISOString(),
    user: {
      id: 'u1',
      email: 'nurse@example.org',
      role: 'NURSE',
      active: true,
      mustChangePassword: false,
      mfaEnabled: false,
      mfaRequired: false,
      givenName: 'Ana',
      familyName: 'Silva',
      displayName: 'SILVA Ana',
      locale: 'en',
      capabilities: [],
    },
  };
}

function harness(requestRefresh: SessionDeps['requestRefresh']) {
  const timers: { fn: () => void; ms: number }[] = [];
  const held: string[] = [];
  const deps: SessionDeps = {
    requestRefresh,
    now: () => NOW,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: (handle) => {
      timers.splice((handle as number) - 1, 1, { fn: () => undefined, ms: -1 });
    },
    exclusive: async (fn) => {
      held.push('lock');
      try {
        return await fn();
      } finally {
        held.pop();
      }
    },
  };
  return { session: new SessionManager(deps), timers, held };
}

describe('refreshDelay', () => {
  it('refreshes a minute before a 15-minute token expires', () => {
    expect(refreshDelay(NOW + 900_000, NOW)).toBe(840_000);
  });

  it('refreshes a short token at 80 % of its life, never sooner than 5 s', () => {
    expect(refreshDelay(NOW + 100_000, NOW)).toBe(80_000);
    expect(refreshDelay(NOW + 1_000, NOW)).toBe(5_000);
  });
});

describe('SessionManager', () => {
  it('keeps the access token in memory and schedules the silent refresh', () => {
    const { session, timers } = harness(vi.fn());
    session.signIn(tokens(1));
    expect(session.getAccessToken()).toBe('token-1');
    expect(session.getState().status).toBe('signedIn');
    expect(timers.at(-1)?.ms).toBe(840_000);
  });

  it('shares one refresh request between concurrent callers (single flight)', async () => {
    let resolve: (t: SessionTokens) => void = () => undefined;
    const request = vi.fn(
      () =>
        new Promise<SessionTokens>((r) => {
          resolve = r;
        }),
    );
    const { session } = harness(request);
    const a = session.refresh();
    const b = session.refresh();
    const c = session.refresh();
    resolve(tokens(2));
    expect(await Promise.all([a, b, c])).toEqual(['token-2', 'token-2', 'token-2']);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('runs each refresh under the cross-tab lock', async () => {
    const { session, held } = harness(() => {
      expect(held).toEqual(['lock']);
      return Promise.resolve(tokens(3));
    });
    await session.refresh();
    expect(held).toEqual([]);
  });

  it('refreshes again when the scheduled timer fires', async () => {
    const request = vi.fn().mockResolvedValueOnce(tokens(4)).mockResolvedValueOnce(tokens(5));
    const { session, timers } = harness(request);
    await session.refresh();
    timers.at(-1)?.fn();
    await vi.waitFor(() => {
      expect(session.getAccessToken()).toBe('token-5');
    });
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('signs out when the server refuses the refresh token', async () => {
    const { session } = harness(() => Promise.reject(new SessionEndedError()));
    session.signIn(tokens(6));
    const listener = vi.fn();
    session.subscribe(listener);
    expect(await session.refresh()).toBeNull();
    expect(session.getAccessToken()).toBeNull();
    expect(session.getState()).toEqual({ status: 'signedOut', user: null });
    expect(listener).toHaveBeenCalled();
  });

  it('keeps a live session when the network fails, and says unreachable at start-up', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    const live = harness(failing);
    live.session.signIn(tokens(7));
    expect(await live.session.refresh()).toBeNull();
    expect(live.session.getAccessToken()).toBe('token-7');
    expect(live.session.getState().status).toBe('signedIn');

    const starting = harness(failing);
    await starting.session.refresh();
    expect(starting.session.getState().status).toBe('unreachable');
  });

  it('does not call the server at start-up when this device never signed in', async () => {
    const request = vi.fn();
    const { session } = harness(request);
    (session as unknown as { deps: SessionDeps }).deps.hint = {
      get: () => false,
      set: () => undefined,
    };
    expect(await session.restore()).toBeNull();
    expect(request).not.toHaveBeenCalled();
    expect(session.getState().status).toBe('signedOut');
  });

  it('routes to the password change when the API requires it', () => {
    const { session } = harness(vi.fn());
    session.signIn(tokens(8));
    session.requirePasswordChange();
    expect(session.getState().user?.mustChangePassword).toBe(true);
  });

  it('opens offline for the pack’s user with no token, retries the server, and ends when it refuses', async () => {
    let answer: () => Promise<SessionTokens> = () =>
      Promise.reject(new TypeError('Failed to fetch'));
    const { session, timers } = harness(() => answer());
    await session.refresh();
    expect(session.getState().status).toBe('unreachable');

    session.enterOffline(tokens(1).user);
    expect(session.getState()).toMatchObject({ status: 'signedIn', offline: true });
    expect(session.getAccessToken()).toBeNull();
    expect(await session.refresh()).toBeNull();
    expect(session.getState().offline).toBe(true);
    expect(timers.at(-1)?.ms).toBe(15_000);

    answer = () => Promise.resolve(tokens(2));
    expect(await session.refresh()).toBe('token-2');
    expect(session.getState()).toEqual({ status: 'signedIn', user: tokens(2).user });

    session.enterOffline(tokens(3).user);
    expect(session.getState().offline).toBeUndefined();
    answer = () => Promise.reject(new SessionEndedError());
    await session.refresh();
    expect(session.getState().status).toBe('signedOut');
  });
});
