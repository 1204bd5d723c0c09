import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob } from '../../kernel/jobs.js';
import { AccountToken } from './account-token.entity.js';
import { Session } from './session.entity.js';

/** Days an ended session (and its refresh tokens) is kept, for a security review of sign-ins. */
export const ENDED_SESSION_KEEP_DAYS = 30;

/**
 * Deletes the sessions that ended (expired or revoked) more than `keepDays` before `now`, with
 * their refresh tokens (the foreign key cascades). A live session keeps all its tokens, used ones
 * included: presenting a used token is how a stolen one is recognised. Returns how many sessions
 * went.
 */
export async function deleteEndedSessions(
  em: EntityManager,
  now: Date,
  keepDays = ENDED_SESSION_KEEP_DAYS,
): Promise<number> {
  const before = new Date(now.getTime() - keepDays * 86_400_000);
  // Mailed links (reset, verification) long expired go with them.
  await em.nativeDelete(AccountToken, { expiresAt: { $lt: before } });
  return em.nativeDelete(Session, {
    $or: [{ expiresAt: { $lt: before } }, { revokedAt: { $lt: before } }],
  });
}

/** Every night at 02:17 UTC: ended sessions and their refresh tokens leave the database. */
export const sessionCleanupJob = defineJob<{ keepDays?: number }>({
  name: 'auth.session-cleanup',
  schedule: { cron: '17 2 * * *', data: { keepDays: ENDED_SESSION_KEEP_DAYS } },
  oneAtATime: true,
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  async run(data, ctx) {
    const deleted = await deleteEndedSessions(ctx.em, ctx.clock.now(), data.keepDays);
    if (deleted > 0) ctx.log.info({ deleted }, 'ended sessions deleted');
    return { deleted };
  },
});
