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
