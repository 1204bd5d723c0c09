import { PgLiveEvents, type LiveEvents, type LiveEventsOptions } from './live-events.js';
import { RedisLiveEvents } from './live-events-redis.js';

/**
 * This instance's live events on the configured bus: Redis pub/sub when `redisUrl` is given
 * (`LIVE_EVENTS_REDIS_URL`), PostgreSQL's LISTEN/NOTIFY otherwise (the default: no other server).
 * Every instance of an installation must use the same bus.
 */
export function startLiveEvents(
  opts: LiveEventsOptions & { redisUrl?: string | undefined },
): Promise<LiveEvents> {
  const { redisUrl, ...rest } = opts;
  if (redisUrl) return RedisLiveEvents.start({ url: redisUrl, log: rest.log, strict: rest.strict });
  return PgLiveEvents.start(rest);
}
