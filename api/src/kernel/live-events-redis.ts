import { createClient } from 'redis';
import {
  backoff,
  describe,
  LIVE_EVENTS_CHANNEL,
  LiveEvents,
  type LiveEventBusOptions,
} from './live-events.js';

export interface RedisLiveEventsOptions extends LiveEventBusOptions {
  /** `redis://` or `rediss://` URL of the Redis every instance shares. */
  url: string;
}

/** How long connecting may take before the start fails (and a command, before it is retried). */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Live events through Redis pub/sub, for installations that run Redis anyway
 * (`LIVE_EVENTS_REDIS_URL`): the same events, in the same format and order, on the channel
 * {@link LIVE_EVENTS_CHANNEL}; PostgreSQL no longer carries them. Two connections: a subscriber
 * (a subscribed Redis connection may do nothing else) and a publisher. Both reconnect by
 * themselves (same backoff as PostgreSQL's listener) and the client subscribes again; what was
 * published while the subscriber was away is lost, as with PostgreSQL, so the resume handlers run
 * once it is back.
 */
export class RedisLiveEvents extends LiveEvents {
  private readonly publisher;
  private readonly subscriber;
  private down: { since: number; attempts: number } | undefined;
  private connected = false;

  private constructor(private readonly redisOpts: RedisLiveEventsOptions) {
    super(redisOpts);
    this.publisher = createClient({
      url: redisOpts.url,
      name: this.applicationName,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries) => backoff(retries),
      },
    });
    this.subscriber = this.publisher.duplicate();
    // An 'error' event without a listener would crash the process. The client retries by itself.
    this.publisher.on('error', () => undefined);
    this.subscriber.on('error', (err: unknown) => {
      this.lost(err);
    });
    this.subscriber.on('reconnecting', () => {
      this.lost();
    });
    this.subscriber.on('ready', () => {
      this.back();
    });
  }

  /** Connects both clients and subscribes; rejects when Redis cannot be reached. */
  static async start(opts: RedisLiveEventsOptions): Promise<RedisLiveEvents> {
    const events = new RedisLiveEvents(opts);
    try {
      await Promise.all([events.publisher.connect(), events.subscriber.connect()]);
      await events.subscriber.subscribe(LIVE_EVENTS_CHANNEL, (message) => {
        if (!events.closed) events.deliver(message);
      });
    } catch (err) {
      events.closed = true;
      events.publisher.destroy();
      events.subscriber.destroy();
      throw err;
    }
    events.connected = true;
    return events.opened();
  }

  get listening(): boolean {
    return this.connected && this.down === undefined && this.subscriber.isReady;
  }

  protected async transmit(batch: string[]): Promise<void> {
    // One transaction: the batch reaches Redis, and so every subscriber, in the order given.
    const multi = this.publisher.multi();
    for (const message of batch) multi.publish(LIVE_EVENTS_CHANNEL, message);
    await multi.exec();
  }

  protected async shutdown(sent: () => Promise<void>): Promise<void> {
    await sent();
    await Promise.all([
      this.subscriber.close().catch(() => undefined),
      this.publisher.close().catch(() => undefined),
    ]);
  }

  private lost(err?: unknown): void {
    if (!this.connected || this.closed) return;
    if (this.down) {
      this.down.attempts++;
      return;
    }
    this.down = { since: Date.now(), attempts: 0 };
    this.redisOpts.log.warn(
      { err: err === undefined ? undefined : describe(err) },
      'live events: the connection to Redis dropped; reconnecting',
    );
  }

  private back(): void {
    const down = this.down;
    if (!down || this.closed) return;
    this.down = undefined;
    this.resume(Date.now() - down.since, down.attempts + 1);
  }
}
