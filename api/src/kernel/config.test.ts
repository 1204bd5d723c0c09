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

  it('turns introspection off in production unless asked', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() });
    expect(c.introspection).toBe(false);
    expect(c.cookieSecure).toBe(true);
  });
});
