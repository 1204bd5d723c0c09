import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, two levels above `api/src` (or `api/dist`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Live events through Redis pub/sub instead of PostgreSQL's LISTEN/NOTIFY (optional). */
  LIVE_EVENTS_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
    )
    .refine(
      (urls) => urls.every((u) => /^postgres(ql)?:\/\//.test(u) && URL.canParse(u)),
      'must be postgres:// URLs separated by commas',
    ),
  DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5488),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ISSUER: z.string().min(1).default('caregraph'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: bool,
  COOKIE_SECURE: bool,
  DEMO_SEED: bool,
  PWA_DIST: z.string().min(1).optional(),
  TRUST_PROXY: bool,
  HOSPITAL_TIME_ZONE: z.string().min(1).default('Europe/Paris'),
  BOOKING_LEAD_MINUTES: z.coerce.number().int().min(0).max(10_080).default(30),
  EDIT_LOCK_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  PATIENT_CANCEL_NOTICE_MINUTES: z.coerce.number().int().min(0).max(10_080).default(120),
  WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(5).max(10_080).default(120),
  EMERGENCY_ACCESS_MINUTES: z.coerce.number().int().min(5).max(1440).default(120),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(5000),
  LOGIN_RATE_PER_IP: z.coerce.number().int().min(1).default(100),
  REGISTER_RATE_PER_IP: z.coerce.number().int().min(1).default(10),
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  DRAIN_DELAY_SECONDS: z.coerce.number().int().min(0).max(60).default(0),
  STOCK_EXPIRY_ALERT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  HOSPITAL_NAME: z.string().trim().min(1).max(120).default('CareGraph'),
  HOSPITAL_CURRENCY: z
    .string()
    .default('EUR')
    .refine(
      (c) => /^[A-Z]{3}$/.test(c) && Intl.supportedValuesOf('currency').includes(c),
      'must be an ISO 4217 currency code such as EUR or XOF',
    ),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .refine((u) => URL.canParse(u), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('no-reply@caregraph.invalid'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .refine((u) => URL.canParse(u), 'must be an http:// or https:// URL')
    .optional(),
  PASSWORD_RESET_RATE_PER_IP: z.coerce.number().int().min(1).default(10),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Undefined means: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * Read replicas (streaming standbys of `databaseUrl`), empty when none. Queries stay on the
   * primary unless one asks for a replica (`kernel/db/replicas.ts`).
   */
  databaseReplicaUrls: string[];
  /**
   * Redis for live events between instances; undefined (the default) means PostgreSQL's
   * LISTEN/NOTIFY, which needs no other server (`kernel/live-events.ts`).
   */
  liveEventsRedisUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: Uint8Array;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /**
   * How long a just-used refresh token may be presented again while its successor is still
   * unused: the answer carrying the successor was lost (page reloaded mid-refresh). 0 disables.
   */
  refreshReuseGraceSeconds: number;
  logLevel: string;
  introspection: boolean;
  cookieSecure: boolean;
  demoSeed: boolean;
  pwaDist: string;
  trustProxy: boolean;
  timeZone: string;
  /** Scheduling policy, in minutes: booking lead time, R2 edit lock, patient cancel notice, offer life. */
  scheduling: {
    leadMinutes: number;
    editLockMinutes: number;
    patientCancelNoticeMinutes: number;
    waitlistOfferMinutes: number;
  };
  /** How long a break-the-glass grant lets a clinician into a patient's record, in minutes. */
  emergencyAccessMinutes: number;
  /** Cost budget of one GraphQL operation; a list multiplies what it selects by its page size. */
  maxQueryCost: number;
  /** Login attempts per IP per 15 minutes. */
  loginRatePerIp: number;
  /** Self-registrations per IP per hour. */
  registerRatePerIp: number;
  /**
   * Where the server's clock starts (it then runs at normal speed); undefined is the real time.
   * Only with the embedded database: training sessions and browser tests that must not depend on
   * the hour they run at.
   */
  clockStart: Date | undefined;
  /**
   * Where Prometheus metrics are served (`/metrics`), on a listener of their own so that they are
   * never public; undefined (METRICS_PORT unset) serves none.
   */
  metrics: { port: number; host: string } | undefined;
  /**
   * On SIGTERM, how long /readyz answers 503 while requests are still served, before the port
   * closes: the time a load balancer needs to notice and stop sending new ones.
   */
  drainDelaySeconds: number;
  /** A lot on hand expiring within this many days raises a stock alert (1-365, default 30). */
  stockExpiryAlertDays: number;
  /** Printed at the top of invoices and receipts. */
  hospitalName: string;
  /** ISO 4217 code of every amount billed (EUR by default; zero-decimal ones such as XOF too). */
  currency: string;
  /**
   * Outgoing mail: through `smtpUrl` when set, otherwise written as `.eml` files into `dir`
   * (`<DATA_DIR>/mail`), which is what the embedded installation does.
   */
  mail: { smtpUrl: string | undefined; from: string; dir: string };
  /** Where people reach the PWA, for links in mails (no trailing slash). */
  publicUrl: string;
  /** Password-reset requests per IP per hour. */
  passwordResetRatePerIp: number;
}

/**
 * A start-up failure the operator can fix (a bad variable, a busy port, a data directory in use):
 * its message is one line that names the problem and what to do, printed without a stack trace.
 */
export class StartupError extends Error {}

export class ConfigError extends StartupError {}

/**
 * Reads and validates the environment once. A bad value stops start-up with one message naming
 * the variable. The JWT secret is required when an operator brings their own database in
 * production; with the embedded database it is generated once and kept in the data directory.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR ?? path.join(repoRoot, '.data'));
  const production = e.NODE_ENV === 'production';
  if (production && e.DATABASE_URL && !e.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET is required in production with DATABASE_URL',
    );
  }
  if (e.DATABASE_REPLICA_URLS.length > 0 && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (the embedded database has no replicas)',
    );
  }
  if (e.CLOCK_START && e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: CLOCK_START only runs on the embedded database, never on real records',
    );
  }
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT) {
    throw new ConfigError(
      'Invalid configuration: METRICS_PORT must differ from PORT (metrics are never served publicly)',
    );
  }
  const secret = e.JWT_SECRET ?? readOrCreateSecret(dataDir);
  const timeZoneOk = Intl.supportedValuesOf('timeZone').includes(e.HOSPITAL_TIME_ZONE);
  if (!timeZoneOk) {
    throw new ConfigError('Invalid configuration: HOSPITAL_TIME_ZONE is not a known time zone');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    liveEventsRedisUrl: e.LIVE_EVENTS_REDIS_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    jwtSecret: new TextEncoder().encode(secret),
    jwtIssuer: e.JWT_ISSUER,
    jwtAudience: 'caregraph-api',
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    logLevel: e.LOG_LEVEL,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    cookieSecure: e.COOKIE_SECURE ?? production,
    demoSeed: e.DEMO_SEED ?? !e.DATABASE_URL,
    pwaDist: path.resolve(e.PWA_DIST ?? path.join(repoRoot, 'pwa', 'dist')),
    trustProxy: e.TRUST_PROXY ?? false,
    timeZone: e.HOSPITAL_TIME_ZONE,
    scheduling: {
      leadMinutes: e.BOOKING_LEAD_MINUTES,
      editLockMinutes: e.EDIT_LOCK_MINUTES,
      patientCancelNoticeMinutes: e.PATIENT_CANCEL_NOTICE_MINUTES,
      waitlistOfferMinutes: e.WAITLIST_OFFER_MINUTES,
    },
    emergencyAccessMinutes: e.EMERGENCY_ACCESS_MINUTES,
    maxQueryCost: e.GRAPHQL_MAX_COST,
    loginRatePerIp: e.LOGIN_RATE_PER_IP,
    registerRatePerIp: e.REGISTER_RATE_PER_IP,
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : undefined,
    metrics:
      e.METRICS_PORT === undefined ? undefined : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    drainDelaySeconds: e.DRAIN_DELAY_SECONDS,
    stockExpiryAlertDays: e.STOCK_EXPIRY_ALERT_DAYS,
    currency: e.HOSPITAL_CURRENCY,
    hospitalName: e.HOSPITAL_NAME,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, dir: path.join(dataDir, 'mail') },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${String(e.PORT)}`).replace(/\/+$/, ''),
    passwordResetRatePerIp: e.PASSWORD_RESET_RATE_PER_IP,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
