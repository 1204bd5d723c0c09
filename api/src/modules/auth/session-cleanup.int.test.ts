import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { RefreshToken, Session } from './session.entity.js';
import { deleteEndedSessions, sessionCleanupJob } from './session-cleanup.js';

const DAY = 86_400_000;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A session of a fresh account, ending (expiring or revoked) at the given offsets from now. */
async function sessionEnding(label: string, at: { expiresIn: number; revokedAgo?: number }) {
  const user = await app.seedUser(Role.NURSE);
  const now = app.clock.now().getTime();
  const em = app.em();
  const session = em.create(Session, {
    user: user.user.id,
    expiresAt: new Date(now + at.expiresIn),
    revokedAt: at.revokedAgo === undefined ? null : new Date(now - at.revokedAgo),
    revokedReason: at.revokedAgo === undefined ? null : 'logout',
    userAgent: label,
  });
  for (const used of [true, false]) {
    em.create(RefreshToken, {
      session,
      tokenHash: randomBytes(32).toString('hex'),
      expiresAt: session.expiresAt,
      usedAt: used ? new Date(now - 40 * DAY) : null,
    });
  }
  await em.flush();
  return session.id;
}

async function left(ids: string[]) {
  const sessions = await app.em().find(Session, { id: { $in: ids } });
  const tokens = await app.em().count(RefreshToken, { session: { $in: ids } });
  return { sessions: sessions.map((s) => s.userAgent).sort(), tokens };
}

describe('session clean-up', () => {
  it('deletes sessions ended over 30 days ago with their refresh tokens, and nothing else', async () => {
    const ids = [
      await sessionEnding('expired 40 days ago', { expiresIn: -40 * DAY }),
      await sessionEnding('revoked 31 days ago', { expiresIn: 5 * DAY, revokedAgo: 31 * DAY }),
      await sessionEnding('expired 29 days ago', { expiresIn: -29 * DAY }),
      await sessionEnding('revoked 2 days ago', { expiresIn: 10 * DAY, revokedAgo: 2 * DAY }),
      await sessionEnding('live, with used tokens', { expiresIn: 3 * DAY }),
    ];
    expect(await deleteEndedSessions(app.em(), app.clock.now())).toBe(2);
    expect(await left(ids)).toEqual({
      sessions: ['expired 29 days ago', 'live, with used tokens', 'revoked 2 days ago'],
      tokens: 6,
    });
  });

  it('runs as a job, on the clock the application runs on', async () => {
    const ids = [
      await sessionEnding('expired 8 days ago', { expiresIn: -8 * DAY }),
      await sessionEnding('live', { expiresIn: 8 * DAY }),
    ];
    await app.jobs.send(sessionCleanupJob, { keepDays: 7 });
    await expect
      .poll(async () => (await left(ids)).sessions, { timeout: 15_000 })
      .toEqual(['live']);
    expect((await left(ids)).tokens).toBe(2);
  });
});
