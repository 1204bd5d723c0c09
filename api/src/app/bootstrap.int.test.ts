import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { createLogger } from '../kernel/logger.js';
import { User } from '../modules/auth/index.js';
import { ensureFirstUsers } from './bootstrap.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('first users', () => {
  it('three instances starting at once on an empty database make one first administrator', async () => {
    expect(await app.em().count(User, {})).toBe(0);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'caregraph-first-'));
    const config = { ...app.config, demoSeed: false, dataDir };
    const log = createLogger('silent');
    await Promise.all([1, 2, 3].map(() => ensureFirstUsers(app.orm, config, app.clock, log)));
    const users = await app.em().find(User, {});
    expect(users.map((u) => [u.email, u.role])).toEqual([['admin@caregraph.local', Role.ADMIN]]);
    // The one-time password written is the one that works.
    const [email, password] = readFileSync(path.join(dataDir, 'initial-admin.txt'), 'utf8')
      .trim()
      .split(' ');
    expect((await app.login(email ?? '', password ?? '')).accessToken).toMatch(/^ey/);
  });
});
