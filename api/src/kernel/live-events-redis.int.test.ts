import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../app/testing/redis-server.js';
import { RedisLiveEvents } from './live-events-redis.js';
import { createLogger } from './logger.js';

const log = createLogger('silent');

/** What a subscriber of `topic` on `bus` receives, as it arrives. */
function collect(bus: RedisLiveEvents, topic: string) {
  const got: unknown[] = [];
  const iterator = bus.subscribe(topic)[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      got.push(next.value);
    }
  })();
  return {
    got,
    stop: async () => {
      await iterator.return?.();
    },
  };
}

describe('live events on Redis pub/sub', () => {
  let redis: TestRedis;
  let a: RedisLiveEvents;
  let b: RedisLiveEvents;

  beforeAll(async () => {
    redis = await startTestRedis();
    a = await RedisLiveEvents.start({ url: redis.url, log, strict: true });
    b = await RedisLiveEvents.start({ url: redis.url, log, strict: true });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it("delivers one instance's events to every instance, in the order published, dates as dates", async () => {
    const onA = collect(a, 'WARD_BOARD:icu');
    const onB = collect(b, 'WARD_BOARD:icu');
    const other = collect(b, 'WARD_BOARD:cardio');
    // Subscribing is local; the bus is already listening: events published now arrive.
    const at = new Date('2026-06-01T06:00:00.000Z');
    for (let n = 0; n < 250; n++) b.publish('WARD_BOARD:icu', { n, at });
    const expected = Array.from({ length: 250 }, (_, n) => ({ n, at }));
    await expect.poll(() => onA.got.length, { timeout: 10_000 }).toBe(250);
    await expect.poll(() => onB.got.length, { timeout: 10_000 }).toBe(250);
    expect(onA.got).toEqual(expected);
    expect(onB.got).toEqual(expected);
    expect((onA.got[0] as { at: unknown }).at).toBeInstanceOf(Date);
    expect(other.got).toEqual([]);
    expect(a.subscriberCount).toBe(1);
    await Promise.all([onA.stop(), onB.stop(), other.stop()]);
    expect(a.subscriberCount).toBe(0);
  });

  it('notices Redis going away, listens again when it is back, and asks subscribers to re-read', async () => {
    let resumed = 0;
    const off = a.onResume(() => {
      resumed++;
    });
    expect(a.listening).toBe(true);
    const port = redis.port;
    await redis.stop();
    await expect.poll(() => a.listening, { timeout: 10_000 }).toBe(false);
    await sleep(300);
    expect(resumed).toBe(0);
    redis = await startTestRedis(port);
    await expect.poll(() => a.listening, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => resumed, { timeout: 10_000 }).toBe(1);
    off();

    // Subscribed again by itself: what is published from now on arrives.
    const onA = collect(a, 'APPOINTMENT_CHANGED');
    await expect
      .poll(
        () => {
          b.publish('APPOINTMENT_CHANGED', { id: 'after' });
          return onA.got.length > 0;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    expect(onA.got[0]).toEqual({ id: 'after' });
    await onA.stop();
  });

  it('refuses an oversized event when strict, as on PostgreSQL', () => {
    expect(() => {
      a.publish('T', { text: 'x'.repeat(10_000) });
    }).toThrow(/over the 7500-byte limit/);
  });
});
