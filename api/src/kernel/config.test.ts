import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'cg-config-'));

describe('loadConfig', () => {
  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'abc', DATA_DIR: dataDir() })).toThrow(/PORT/);
  });

  it('requires a JWT secret in production with an external database', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u:p@db/x',
        DATA_DIR: dataDir(),
      }),
    ).toThrow(ConfigError);
  });

  it('starts the clock at CLOCK_START on the embedded database only', () => {
    const start = '2026-12-02T10:00:00+01:00';
    expect(loadConfig({ CLOCK_START: start, DATA_DIR: dataDir() }).clockStart?.toISOString()).toBe(
      '2026-12-02T09:00:00.000Z',
    );
    expect(loadConfig({ DATA_DIR: dataDir() }).clockStart).toBeUndefined();
    expect(() => loadConfig({ CLOCK_START: 'tomorrow', DATA_DIR: dataDir() })).toThrow(
      /CLOCK_START/,
    );
    expect(() =>
      loadConfig({
        CLOCK_START: start,
        DATABASE_URL: 'postgres://u:p@db/x',
        JWT_SECRET: 'x'.repeat(40),
        DATA_DIR: dataDir(),
      }),
    ).toThrow(/CLOCK_START only runs on the embedded database/);
  });

  it('generates a secret once and keeps it in the data directory', () => {
    const dir = dataDir();
    const a = loadConfig({ DATA_DIR: dir });
    const b = loadConfig({ DATA_DIR: dir });
    expect(Buffer.from(a.jwtSecret).toString()).toBe(Buffer.from(b.jwtSecret).toString());
    expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('serves metrics only when METRICS_PORT is set, on the loopback unless told', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464', DATA_DIR: dataDir() }).metrics).toEqual({
      port: 9464,
      host: '127.0.0.1',
    });
    expect(
      loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5', DATA_DIR: dataDir() }).metrics,
    ).toEqual({ port: 9464, host: '10.0.0.5' });
    expect(() => loadConfig({ METRICS_PORT: '70000', DATA_DIR: dataDir() })).toThrow(
      /METRICS_PORT/,
    );
    expect(() => loadConfig({ METRICS_PORT: 'abc', DATA_DIR: dataDir() })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ METRICS_PORT: '4000', PORT: '4000', DATA_DIR: dataDir() })).toThrow(
      /METRICS_PORT must differ from PORT/,
    );
  });

  it('waits DRAIN_DELAY_SECONDS before closing the port on SIGTERM, none by default', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).drainDelaySeconds).toBe(0);
    expect(loadConfig({ DRAIN_DELAY_SECONDS: '5', DATA_DIR: dataDir() }).drainDelaySeconds).toBe(5);
    expect(() => loadConfig({ DRAIN_DELAY_SECONDS: '-1', DATA_DIR: dataDir() })).toThrow(
      /DRAIN_DELAY_SECONDS/,
    );
    expect(() => loadConfig({ DRAIN_DELAY_SECONDS: '600', DATA_DIR: dataDir() })).toThrow(
      /DRAIN_DELAY_SECONDS/,
    );
  });

  it('reads DATABASE_REPLICA_URLS as a list, none by default, only beside DATABASE_URL', () => {
    const server = { DATABASE_URL: 'postgres://u:p@db/x', DATA_DIR: dataDir() };
    expect(loadConfig(server).databaseReplicaUrls).toEqual([]);
    expect(loadConfig({ ...server, DATABASE_REPLICA_URLS: '' }).databaseReplicaUrls).toEqual([]);
    expect(
      loadConfig({
        ...server,
        DATABASE_REPLICA_URLS: 'postgres://u:p@replica-1/x, postgresql://u:p@replica-2:5433/x',
      }).databaseReplicaUrls,
    ).toEqual(['postgres://u:p@replica-1/x', 'postgresql://u:p@replica-2:5433/x']);
    expect(() =>
      loadConfig({ ...server, DATABASE_REPLICA_URLS: 'postgres://u:p@replica-1/x,mysql://r/x' }),
    ).toThrow(/DATABASE_REPLICA_URLS must be postgres:\/\/ URLs separated by commas/);
    expect(() =>
      loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u:p@replica-1/x', DATA_DIR: dataDir() }),
    ).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
  });

  it('carries live events on PostgreSQL unless LIVE_EVENTS_REDIS_URL names a Redis', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).liveEventsRedisUrl).toBeUndefined();
    expect(
      loadConfig({ DATA_DIR: dataDir(), LIVE_EVENTS_REDIS_URL: 'rediss://u:p@cache:6380/0' })
        .liveEventsRedisUrl,
    ).toBe('rediss://u:p@cache:6380/0');
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), LIVE_EVENTS_REDIS_URL: 'http://cache:6379' }),
    ).toThrow(/LIVE_EVENTS_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('turns introspection off in production unless asked', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() });
    expect(c.introspection).toBe(false);
    expect(c.cookieSecure).toBe(true);
  });
});
