import { wireAccessPolicy } from '../access.js';
import { wireBilling } from '../billing.js';
import { wirePharmacy } from '../pharmacy.js';
import { wireMail } from '../mail.js';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import { inject } from 'vitest';
import { hashPassword } from '../../kernel/auth/passwords.js';
import { Locale, Role } from '../../kernel/auth/roles.js';
import { bindClock, fixedClock } from '../../kernel/clock.js';
import { loadConfig, type AppConfig } from '../../kernel/config.js';
import { ormOptions } from '../../kernel/db/orm-options.js';
import { openSharedPool } from '../../kernel/db/pool.js';
import { JobRunner } from '../../kernel/jobs.js';
import { withDatabase } from '../../kernel/db/urls.js';
import { startLiveEvents } from '../../kernel/live-bus.js';
import { createLogger } from '../../kernel/logger.js';
import { createRateLimits } from '../../kernel/rate-limit.js';
import { generate } from 'otplib';
import {
  mfaRequiredForRole,
  newTotpSecret,
  openSecret,
  sealSecret,
  timeStepAt,
  User,
} from '../../modules/auth/index.js';
import { createPatientRecord, Patient, Sex } from '../../modules/patients/index.js';
import { ormApp } from '../entities.js';
import { appJobs } from '../jobs.js';
import { buildAppSchema } from '../schema.js';
import { startServer, type RunningServer } from '../server.js';
import { TEMPLATE_DB } from './global-setup.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  setCookie: string[];
}

export interface SeededUser {
  user: User;
  email: string;
  password: string;
  /** The patient record of a PATIENT account; null for staff. */
  patientId: string | null;
  /** The TOTP secret of an account enrolled in two-step verification (base32), else null. */
  mfaSecret: string | null;
}

let schemaPromise: ReturnType<typeof buildAppSchema> | undefined;

/** Clones the migrated template into a database of this test file's own. */
async function cloneDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${TEMPLATE_DB}`);
  } finally {
    await client.end();
  }
  return withDatabase(admin, name);
}

/**
 * The whole server (express, Apollo, shield, context, mutation pipeline, live events, rate limits)
 * on a random port, over a fresh database, with a clock the test can move. `databaseUrl` starts
 * another instance on the database of one already running instead (give both the same
 * JWT_SECRET). Background jobs run when sent; `schedules` also runs the scheduled ones.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { databaseUrl?: string; schedules?: { checkSeconds: number } } = {},
) {
  const url = opts.databaseUrl ?? (await cloneDatabase());
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'caregraph-app-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    LOGIN_RATE_PER_IP: '10000',
    REGISTER_RATE_PER_IP: '10000',
    PASSWORD_RESET_RATE_PER_IP: '10000',
    ...env,
  });
  const orm = await MikroORM.init(ormOptions(ormApp, url, () => undefined));
  const clock = fixedClock(new Date());
  bindClock(orm, clock);
  wireAccessPolicy(config);
  wirePharmacy(config);
  wireBilling(config);
  schemaPromise ??= buildAppSchema();
  const log = createLogger('silent');
  const pool = openSharedPool(url, log);
  const liveEvents = await startLiveEvents({
    redisUrl: config.liveEventsRedisUrl,
    connectionString: url,
    pool,
    log,
    strict: config.env !== 'production',
  });
  // The application's jobs, worked as on a real instance (they read `clock`, which tests move).
  // Schedules only when asked (`schedules`), so that nothing runs behind a test's back.
  const jobs = await JobRunner.start({
    connectionString: url,
    orm,
    clock,
    log,
    jobs: appJobs,
    schedules: opts.schedules !== undefined,
    ...(opts.schedules ? { scheduleCheckSeconds: opts.schedules.checkSeconds } : {}),
  });
  // Mail is delivered when a test asks (`deliverQueuedMail`, or `deliveredMail` in testing/mail):
  // a delivery kicked by each mutation would write behind the test's back.
  wireMail(config, undefined);
  const services = {
    orm,
    config,
    clock,
    log,
    liveEvents,
    rateLimits: createRateLimits(pool, {
      loginPerIp: config.loginRatePerIp,
      registerPerIp: config.registerRatePerIp,
      passwordResetPerIp: config.passwordResetRatePerIp,
    }),
  };
  const server: RunningServer = await startServer(services, await schemaPromise, {
    port: 0,
    host: '127.0.0.1',
  });

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: { token?: string; cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GqlResult['errors'] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors ?? [],
      setCookie: res.headers.getSetCookie(),
    };
  }

  let counter = 0;
  const em = (): EntityManager => orm.em.fork();

  /** Synthetic account with a known password (test data only). */
  async function seedUser(
    role: Role,
    over: Partial<Pick<User, 'active' | 'mustChangePassword'>> & {
      patient?: Patient;
      /** Enrolled in two-step verification: by default, the roles that require it are. */
      mfa?: boolean;
    } = {},
  ): Promise<SeededUser> {
    counter++;
    const password = `test-password-${randomBytes(6).toString('hex')}`;
    const email = `${role.toLowerCase()}.${String(counter)}.${randomBytes(3).toString('hex')}@test.example`;
    const fork = em();
    let patient = over.patient;
    if (role === Role.PATIENT && !patient) {
      patient = await createPatientRecord(fork, {
        familyName: `Patient${String(counter)}`,
        givenNames: 'Test',
        birthDate: '1980-01-01',
        sex: Sex.FEMALE,
      });
    }
    const user = fork.create(User, {
      email,
      role,
      givenName: 'Test',
      familyName: `${role}${String(counter)}`,
      passwordHash: await hashPassword(password),
      locale: Locale.en,
      active: over.active ?? true,
      mustChangePassword: over.mustChangePassword ?? false,
    });
    const mfaSecret = (over.mfa ?? mfaRequiredForRole(role)) ? newTotpSecret() : null;
    if (mfaSecret) {
      user.mfaSecret = sealSecret(mfaSecret, config.jwtSecret);
      user.mfaEnabledAt = clock.now();
    }
    await fork.flush();
    if (patient) await fork.nativeUpdate(Patient, { id: patient.id }, { account: user.id });
    return { user, email, password, patientId: patient?.id ?? null, mfaSecret };
  }

  /**
   * A code of the account's authenticator that the server has not seen: the current step's, or
   * the next one's when the current one was used (a second sign-in within 30 seconds); waits for
   * the step after that only when both were. Real time, as the server checks codes against it.
   */
  async function totpCode(email: string): Promise<string> {
    const row = await em().findOneOrFail(User, { email }, { populate: ['mfaSecret'] });
    if (!row.mfaSecret) throw new Error(`${email} has no authenticator`);
    const secret = openSecret(row.mfaSecret, config.jwtSecret);
    const now = timeStepAt(new Date());
    const step = Math.max(now, (row.mfaLastTimeStep ?? 0) + 1);
    if (step > now + 1) {
      await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 50));
    }
    return generate({ secret, epoch: step * 30 });
  }

  /**
   * Signs in through the API like a client: the password, then, for an account with two-step
   * verification, a fresh code of its authenticator.
   */
  async function login(email: string, password: string) {
    type Tokens = { accessToken: string; refreshToken: string };
    const r = await gql<{ login: Tokens }>(
      `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`,
      { i: { email, password } },
    );
    if (r.data) return r.data.login;
    const challenge = r.errors[0]?.extensions?.challenge;
    if (r.errors[0]?.extensions?.code !== 'MFA_REQUIRED' || typeof challenge !== 'string') {
      throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    }
    const v = await gql<{ verifyMfa: Tokens }>(
      `mutation($i: VerifyMfaInput!) { verifyMfa(input: $i) { accessToken refreshToken } }`,
      { i: { challenge, code: await totpCode(email) } },
    );
    if (!v.data) throw new Error(`login failed at the second step: ${JSON.stringify(v.errors)}`);
    return v.data.verifyMfa;
  }

  /** A fresh account of this role, signed in; returns its access token. */
  async function tokenFor(role: Role) {
    const u = await seedUser(role);
    const { accessToken, refreshToken } = await login(u.email, u.password);
    return { ...u, token: accessToken, refreshToken };
  }

  /**
   * The SQL the application's ORM sends while `run` runs (a request through `gql`, say), for
   * checks that a list loads its children in one query rather than one per row.
   */
  async function sqlDuring<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    const logger = orm.config.getLogger();
    const sql: string[] = [];
    // An own property shadows the logger's method for the while; deleting it restores it.
    const logQuery = logger.logQuery.bind(logger);
    Object.defineProperty(logger, 'logQuery', {
      configurable: true,
      value: (context: Parameters<typeof logQuery>[0]) => {
        if (context.query) sql.push(context.query);
        logQuery(context);
      },
    });
    try {
      return { result: await run(), sql };
    } finally {
      Reflect.deleteProperty(logger, 'logQuery');
    }
  }

  return {
    url: server.url,
    databaseUrl: url,
    liveEvents,
    jobs,
    config,
    clock,
    orm,
    em,
    gql,
    seedUser,
    login,
    totpCode,
    tokenFor,
    sqlDuring,
    async close() {
      await server.stop();
      await jobs.stop(2000);
      await liveEvents.close();
      await pool.end();
      await orm.close(true);
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * Subscribes over the real WebSocket endpoint and collects what arrives: results, the error that
 * ended the subscription, or the connection's refusal.
 */
export function wsSubscribe(url: string, query: string, token?: string) {
  const received: {
    data?: unknown;
    errors?: readonly { message: string; extensions?: unknown }[];
  }[] = [];
  let failure: unknown = null;
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: (err) => {
      failure = err;
    },
  });
  let ready!: () => void;
  const connected = new Promise<void>((resolve) => {
    ready = resolve;
  });
  client.on('connected', () => {
    ready();
  });
  const dispose = client.subscribe(
    { query },
    {
      next: (value) => {
        received.push(value);
      },
      error: (err) => {
        failure = err;
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    failure: () => failure,
    connected,
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
