import { createPubSub } from '@graphql-yoga/subscription';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DB_CONNECT_TIMEOUT_MS } from './db/pool.js';
import type { Logger } from './logger.js';

/** The PostgreSQL channel every API instance of one database LISTENs on. */
export const LIVE_EVENTS_CHANNEL = 'caregraph_events';

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. Events are meant to carry ids and
 * small scalars, so anything near the limit is a publisher's mistake, refused whole rather than
 * truncated.
 */
export const MAX_EVENT_BYTES = 7500;

/** At most this many events go out in one statement. */
const BATCH = 100;

/**
 * How often the listener's connection is checked. A connection that a firewall or a failover cut
 * without a word would otherwise go on "listening" to nothing.
 */
const HEARTBEAT_MS = 30_000;

export class EventTooLargeError extends Error {
  constructor(
    readonly topic: string,
    readonly bytes: number,
  ) {
    super(
      `Live event ${topic} is ${String(bytes)} bytes, over the ${String(MAX_EVENT_BYTES)}-byte ` +
        'limit: publish ids and let the subscription read the rest.',
    );
  }
}

/** One event on the wire. `n` keeps equal events of one batch apart (NOTIFY folds duplicates). */
interface WireEvent {
  topic: string;
  payload: unknown;
  n: number;
}

/** Dates travel as `{"$date": iso}` so that subscribers get back the Date that was published. */
function toWire(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
}

function fromWire(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first?.[0] === '$date' && typeof first[1] === 'string') {
      return new Date(first[1]);
    }
  }
  return value;
}

/** The NOTIFY payload of one event; throws EventTooLargeError over MAX_EVENT_BYTES. */
export function encodeEvent(topic: string, payload: unknown, n = 0): string {
  const text = JSON.stringify({ topic, payload: toWire(payload), n } satisfies WireEvent);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(topic, bytes);
  return text;
}

/** The event in a NOTIFY payload, or undefined when it is not one of ours. */
export function decodeEvent(text: string): { topic: string; payload: unknown } | undefined {
  try {
    const parsed = JSON.parse(text, fromWire) as Partial<WireEvent> | null;
    if (typeof parsed?.topic !== 'string') return undefined;
    return { topic: parsed.topic, payload: parsed.payload ?? null };
  } catch {
    return undefined;
  }
}

/** The topic a subscriber with this id listens on (graphql-yoga's convention). */
export function topicOf(routingKey: string, id?: unknown): string {
  if (id === undefined) return routingKey;
  return `${routingKey}:${typeof id === 'string' ? id : JSON.stringify(id)}`;
}

/** What the logs may say about a database error: its code and message, never a payload. */
export function describe(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  return { code: (err as { code?: unknown }).code, message: err.message };
}

/**
 * Reconnection delays: 250 ms doubling to 3 s, with jitter so instances do not stampede. Short
 * enough that live events resume within seconds of PostgreSQL coming back; an attempt every few
 * seconds per instance costs PostgreSQL nothing.
 */
export function backoff(attempt: number): number {
  const ms = Math.min(3_000, 250 * 2 ** Math.min(attempt, 10));
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}

/** What every bus needs. */
export interface LiveEventBusOptions {
  log: Logger;
  /** Throw on an oversized event (development, tests); in production it is logged and dropped. */
  strict: boolean;
}

export interface LiveEventsOptions extends LiveEventBusOptions {
  /** The database every instance shares. */
  connectionString: string;
  /** Sends the NOTIFYs. The listener has a connection of its own, which must stay the same. */
  pool: pg.Pool;
}

const open = new Set<LiveEvents>();

/** The instances of this process that are listening, oldest first. */
export function openLiveEvents(): readonly LiveEvents[] {
  return [...open];
}

/**
 * Live events of one API instance, shared with every other instance through a bus: PostgreSQL's
 * LISTEN/NOTIFY by default ({@link PgLiveEvents}), Redis pub/sub when configured
 * (`live-events-redis.ts`). `publish` sends the event on the bus, and the instance's subscribers
 * are fed only from what the instance receives from the bus, its own events included. So all
 * instances see the same events in the same order: the bus delivers in the order it received
 * them (PostgreSQL: commit order), and one instance sends its own one after another.
 *
 * Nothing is stored: an instance receives the events published while it listens, once each (a
 * batch re-sent after its reply was lost may arrive twice). Should its connection to the bus drop,
 * it is reopened (backoff up to 3 s, one warning per outage) and `onResume` handlers run: whatever
 * was published meanwhile is lost, so subscribers are told to read the state again (the server
 * closes their sockets; the PWA reconnects and refetches its boards, which are queries first and
 * events second).
 */
export abstract class LiveEvents {
  /** Names this instance's connections to the bus (PostgreSQL `application_name`, Redis client name). */
  readonly applicationName = `caregraph-live-${randomBytes(4).toString('hex')}`;
  private readonly local = createPubSub<Record<string, [unknown]>>();
  private readonly resumed = new Set<() => void>();
  private outbox: string[] = [];
  private sending: Promise<void> | undefined;
  private sequence = 0;
  protected closed = false;
  private subscribers = 0;

  protected constructor(protected readonly opts: LiveEventBusOptions) {}

  /** Whether the instance is connected to the bus; false while it reconnects (for /metrics). */
  abstract get listening(): boolean;

  /** Sends one batch, in order, in one go; throws when the bus is unreachable. */
  protected abstract transmit(batch: string[]): Promise<void>;

  /** Stops reconnecting; `sent` settles once the queued events went out; then disconnects. */
  protected abstract shutdown(sent: () => Promise<void>): Promise<void>;

  /** Registers a started bus as one of this process's instances. */
  protected opened(): this {
    open.add(this);
    return this;
  }

  /** Sends an event now. */
  publish(topic: string, payload: unknown): void {
    this.prepare(topic, payload)();
  }

  /**
   * Encodes the event now, so that an oversized one fails the writer while its transaction can
   * still roll back, and returns what sends it (once the transaction committed). In production an
   * oversized event is logged (topic and size only) and never sent.
   */
  prepare(topic: string, payload: unknown): () => void {
    let text: string;
    try {
      text = encodeEvent(topic, payload, ++this.sequence);
    } catch (err) {
      if (this.opts.strict || !(err instanceof EventTooLargeError)) throw err;
      this.opts.log.error({ topic, bytes: err.bytes }, 'live event over the size limit: not sent');
      return () => undefined;
    }
    return () => {
      if (this.closed) return;
      this.outbox.push(text);
      this.flush();
    };
  }

  /** This instance's subscribers of a topic; events arrive as the listener receives them. */
  subscribe(routingKey: string, id?: unknown): AsyncIterable<unknown> {
    const source = this.local.subscribe(topicOf(routingKey, id))[Symbol.asyncIterator]();
    // Counted by hand rather than with an async generator, whose return() would wait for the
    // next event before the subscription could end.
    this.subscribers++;
    let open = true;
    const ended = () => {
      if (open) {
        open = false;
        this.subscribers--;
      }
    };
    const counted: AsyncIterableIterator<unknown> = {
      [Symbol.asyncIterator]: () => counted,
      next: async () => {
        const result = await source.next();
        if (result.done) ended();
        return result;
      },
      return: async (value?: unknown) => {
        ended();
        return source.return(value);
      },
      throw: async (err?: unknown) => {
        ended();
        return source.throw(err);
      },
    };
    return counted;
  }

  /** Subscriptions of this instance that are open (for /metrics). */
  get subscriberCount(): number {
    return this.subscribers;
  }

  /** Runs `fn` each time the listener is back after an outage; returns the unsubscribe. */
  onResume(fn: () => void): () => void {
    this.resumed.add(fn);
    return () => this.resumed.delete(fn);
  }

  /** Sends what is queued, then disconnects. A PostgreSQL pool stays its owner's to end. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    open.delete(this);
    await this.shutdown(async () => {
      await this.sending;
    });
  }

  /** An event as the bus delivered it, to this instance's subscribers. */
  protected deliver(text: string): void {
    const event = decodeEvent(text);
    if (!event) {
      this.opts.log.warn('live events: an unreadable notification was ignored');
      return;
    }
    this.local.publish(event.topic, event.payload);
  }

  /** The bus is back after an outage: subscribers are asked to read the state again. */
  protected resume(downMs: number, attempts: number): void {
    if (this.closed) return;
    this.opts.log.info(
      { downMs, attempts },
      'live events: listening again; subscribers are asked to reconnect',
    );
    for (const fn of this.resumed) {
      try {
        fn();
      } catch (err) {
        this.opts.log.error({ err: describe(err) }, 'live events: a resume handler failed');
      }
    }
  }

  /** One sender at a time, so that this instance's events go out in the order published. */
  private flush(): void {
    if (this.sending || this.outbox.length === 0) return;
    this.sending = this.drain().finally(() => {
      this.sending = undefined;
      this.flush();
    });
  }

  private async drain(): Promise<void> {
    while (this.outbox.length > 0) {
      const batch = this.outbox.splice(0, BATCH);
      await this.send(batch);
    }
  }

  /**
   * Sends a batch in one statement; a failure is retried for a while (the commit that preceded
   * it just reached the same database), then the batch is dropped and logged. A retry after a
   * lost reply can deliver a batch twice.
   */
  private async send(batch: string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.transmit(batch);
        return;
      } catch (err) {
        if (this.closed || attempt >= 5) {
          this.opts.log.error(
            { err: describe(err), dropped: batch.length },
            'live events could not be sent',
          );
          return;
        }
        await sleep(backoff(attempt));
      }
    }
  }
}

/**
 * The default bus: PostgreSQL LISTEN/NOTIFY on {@link LIVE_EVENTS_CHANNEL}, so that no other
 * server is needed. The listener has a connection of its own, checked every 30 s: a connection
 * that a firewall or a failover cut without a word would otherwise go on "listening" to nothing.
 */
export class PgLiveEvents extends LiveEvents {
  private listener: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private reconnecting: Promise<void> | undefined;

  private constructor(private readonly pgOpts: LiveEventsOptions) {
    super(pgOpts);
  }

  /** Connects the listener; rejects when PostgreSQL cannot be reached. */
  static async start(opts: LiveEventsOptions): Promise<PgLiveEvents> {
    const events = new PgLiveEvents(opts);
    await events.listen();
    events.heartbeat = setInterval(() => {
      events.ping();
    }, HEARTBEAT_MS);
    events.heartbeat.unref();
    return events.opened();
  }

  get listening(): boolean {
    return this.listener !== undefined;
  }

  protected async transmit(batch: string[]): Promise<void> {
    await this.pgOpts.pool.query('select pg_notify($1, m) from unnest($2::text[]) as m', [
      LIVE_EVENTS_CHANNEL,
      batch,
    ]);
  }

  protected async shutdown(sent: () => Promise<void>): Promise<void> {
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    await this.reconnecting;
    await sent();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.pgOpts.connectionString,
      application_name: this.applicationName,
      keepAlive: true,
      connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
      query_timeout: 10_000,
    });
    // An 'error' event without a listener would crash the process; lost() ignores old clients.
    client.on('error', (err) => {
      this.lost(client, err);
    });
    client.on('end', () => {
      this.lost(client);
    });
    client.on('notification', (message) => {
      if (!this.closed && message.payload !== undefined) this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${LIVE_EVENTS_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private ping(): void {
    const client = this.listener;
    client?.query('select 1').catch((err: unknown) => {
      this.lost(client, err);
    });
  }

  private lost(client: pg.Client, err?: unknown): void {
    if (client !== this.listener || this.closed) return;
    this.listener = undefined;
    // Its replacement receives from its own LISTEN on: nothing more is taken from this one.
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.opts.log.warn(
      { err: err === undefined ? undefined : describe(err) },
      'live events: the listener connection to PostgreSQL dropped; reconnecting',
    );
    this.reconnect(Date.now(), 0);
  }

  private reconnect(since: number, attempt: number): void {
    this.retry = setTimeout(() => {
      this.reconnecting = this.listen().then(
        () => {
          this.resume(Date.now() - since, attempt + 1);
        },
        (err: unknown) => {
          if (this.closed) return;
          this.opts.log.debug({ err: describe(err), attempt }, 'live events: reconnect failed');
          this.reconnect(since, attempt + 1);
        },
      );
    }, backoff(attempt));
  }
}
