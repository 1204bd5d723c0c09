import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { seed, type Account } from './testing/fixtures.js';
import { startTestRedis, type TestRedis } from './testing/redis-server.js';
import { startTestApp, wsSubscribe, type TestApp } from './testing/test-app.js';

const SUB = 'subscription { appointmentChanged { appointmentId kind } }';
const CONFIRM = 'mutation($i: AppointmentIdInput!) { confirmAppointment(input: $i) { id status } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
const LOGINS_PER_IP = 4;
/** The topic scheduling announces agenda changes on; the marks below travel on it too. */
const APPOINTMENT_TOPIC = 'APPOINTMENT_CHANGED';

type Subscriber = ReturnType<typeof wsSubscribe>;

/** What a subscriber has heard: appointment id and kind of each event. */
function heard(sub: Subscriber) {
  return sub.received.map((r) => (r.data as { appointmentChanged: unknown }).appointmentChanged);
}

/** A bus the instances share their live events on, and how a test cuts one instance off it. */
interface Bus {
  name: string;
  /** Settings the instances need for it. */
  start(): Promise<Record<string, string>>;
  /** Cuts the connections of instance `app` to the bus (the server side closes them). */
  cut(app: TestApp): Promise<void>;
  /** Connections of instance `app` to Redis, as Redis lists them. */
  redisConnections(app: TestApp): Promise<string[]>;
  stop(): Promise<void>;
}

const postgres: Bus = {
  name: "PostgreSQL's LISTEN/NOTIFY (the default)",
  start: () => Promise.resolve({}),
  async cut(app) {
    const admin = new pg.Client({ connectionString: app.databaseUrl });
    await admin.connect();
    try {
      const cut = await admin.query(
        'select pg_terminate_backend(pid) as cut from pg_stat_activity where application_name = $1',
        [app.liveEvents.applicationName],
      );
      expect(cut.rows).toEqual([{ cut: true }]);
    } finally {
      await admin.end();
    }
  },
  redisConnections: () => Promise.resolve([]),
  stop: () => Promise.resolve(),
};

/** The connections of instance `app` to the live events' PostgreSQL listener. */
async function pgListeners(app: TestApp): Promise<number> {
  const rows = await app
    .em()
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from pg_stat_activity where application_name = ?',
      [app.liveEvents.applicationName],
    );
  return Number(rows[0]?.n);
}

let redis: TestRedis | undefined;

function redisAdmin() {
  return createClient({ url: redis?.url ?? '' });
}

async function withRedis<T>(fn: (admin: ReturnType<typeof redisAdmin>) => Promise<T>) {
  const admin = redisAdmin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.close();
  }
}
const redisBus: Bus = {
  name: 'Redis pub/sub (LIVE_EVENTS_REDIS_URL)',
  async start() {
    redis = await startTestRedis();
    return { LIVE_EVENTS_REDIS_URL: redis.url };
  },
  async cut(app) {
    const ids = (await this.redisConnections(app)).map((c) => /(?:^|\s)id=(\d+)/.exec(c)?.[1]);
    // Its subscriber and its publisher.
    expect(ids).toHaveLength(2);
    await withRedis(async (admin) => {
      for (const id of ids) await admin.sendCommand(['CLIENT', 'KILL', 'ID', id ?? '']);
    });
  },
  redisConnections: (app) =>
    withRedis(async (admin) => {
      const clients = await admin.sendCommand<string>(['CLIENT', 'LIST']);
      return clients
        .split('\n')
        .filter((line) => line.includes(` name=${app.liveEvents.applicationName} `));
    }),
  async stop() {
    await redis?.stop();
  },
};

describe.each([postgres, redisBus])('two API instances on one database, events on $name', (bus) => {
  let a: TestApp;
  let b: TestApp;
  let reception: Account;

  beforeAll(async () => {
    // What instances of one installation share: the database, the signing key, the settings.
    // Behind a load balancer, the caller's address comes from X-Forwarded-For.
    const env = {
      JWT_SECRET: randomBytes(32).toString('hex'),
      TRUST_PROXY: 'true',
      LOGIN_RATE_PER_IP: String(LOGINS_PER_IP),
      ...(await bus.start()),
    };
    a = await startTestApp(env);
    b = await startTestApp(env, { databaseUrl: a.databaseUrl });
    reception = await a.tokenFor(Role.RECEPTIONIST);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await bus.stop();
  });

  /** An event sent straight through B's live events, behind whatever B has sent before. */
  function mark(label: string) {
    b.liveEvents.publish(APPOINTMENT_TOPIC, {
      appointmentId: label,
      practitionerId: 'none',
      patientId: 'none',
      kind: 'MARKER',
    });
  }

  /** Marks, and waits until every subscriber has heard the mark last. */
  async function markAndWait(subs: Subscriber[], label: string) {
    mark(label);
    await expect
      .poll(() => subs.map((s) => heard(s).at(-1)), { timeout: 10_000 })
      .toEqual(subs.map(() => ({ appointmentId: label, kind: 'MARKER' })));
  }

  /**
   * Until the server has registered a subscription, events reach nobody: mark until each has
   * heard one, then once more and wait for it, so that no warm-up event is still on its way.
   */
  async function untilListening(subs: Subscriber[]) {
    await Promise.all(subs.map((s) => s.connected));
    for (let i = 0; i < 100 && subs.some((s) => s.received.length === 0); i++) {
      mark('warm-up');
      await sleep(50);
    }
    await markAndWait(subs, 'ready');
    for (const s of subs) s.received.length = 0;
  }

  it('carries the events on that bus only', async () => {
    const onRedis = bus === redisBus;
    for (const app of [a, b]) {
      // PostgreSQL: one listener connection; Redis: a subscriber and a publisher, no listener.
      expect(await pgListeners(app)).toBe(onRedis ? 0 : 1);
      const redisSide = await bus.redisConnections(app);
      expect(redisSide).toHaveLength(onRedis ? 2 : 0);
      if (onRedis) expect(redisSide.filter((c) => / cmd=subscribe /.test(c))).toHaveLength(1);
    }
  });

  it('delivers to a subscriber on A, exactly once, the event of a mutation made on B', async () => {
    const s = seed(a);
    const doctor = await a.seedUser(Role.DOCTOR);
    const practitioner = await s.practitioner(doctor.user.id);
    const patient = await s.patient();
    const appointment = await s.appointment({
      patientId: patient.id,
      practitioner,
      startsAt: new Date(a.clock.now().getTime() + 24 * 3600_000),
    });
    const onA = wsSubscribe(a.url, SUB, reception.token);
    const onB = wsSubscribe(b.url, SUB, reception.token);
    await untilListening([onA, onB]);

    const confirmed = await b.gql(
      CONFIRM,
      { i: { id: appointment.id } },
      { token: reception.token },
    );
    expect(confirmed.errors).toEqual([]);
    // B sends its events in order: once the end mark is heard, nothing else is on its way.
    await markAndWait([onA, onB], 'end');

    const expected = [
      { appointmentId: appointment.id, kind: 'CONFIRMED' },
      { appointmentId: 'end', kind: 'MARKER' },
    ];
    expect(heard(onA)).toEqual(expected);
    expect(heard(onB)).toEqual(expected);
    expect([onA.failure(), onB.failure()]).toEqual([null, null]);
    await onA.close();
    await onB.close();
  });

  it('spends one login allowance per address across instances', async () => {
    const from = { 'x-forwarded-for': '203.0.113.9' };
    const codes: unknown[] = [];
    let retryAfter: unknown;
    for (const [n, app] of [a, b, a, b, a, b].entries()) {
      const r = await app.gql(
        LOGIN,
        { i: { email: `nobody.${String(n)}@test.example`, password: 'not-the-password' } },
        { headers: from },
      );
      codes.push(r.errors[0]?.extensions?.code);
      retryAfter ??= r.errors[0]?.extensions?.retryAfter;
    }
    expect(codes).toEqual([
      ...Array<string>(LOGINS_PER_IP).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // One counter in the database, not one per instance; other addresses are untouched.
    const rows = await a
      .em()
      .getConnection()
      .execute<{ key: string; points: number }[]>(
        `select key, points from rate_limit where key like 'login:%' order by key`,
      );
    expect(rows).toEqual([
      { key: 'login:127.0.0.1', points: 1 },
      { key: 'login:203.0.113.9', points: 6 },
    ]);
  });

  it('listens again after losing its connection, and has its subscribers reconnect', async () => {
    const sub = wsSubscribe(a.url, SUB, reception.token);
    await untilListening([sub]);
    await bus.cut(a);
    // Whatever was published meanwhile is lost: once A listens again, it closes its sockets with
    // "service restart", and a client that reconnects reads its board again.
    await expect
      .poll(() => (sub.failure() as { code?: unknown } | null)?.code, { timeout: 10_000 })
      .toBe(1012);
    const again = wsSubscribe(a.url, SUB, reception.token);
    await untilListening([again]);
    await again.close();
    await sub.close();
  });
});
