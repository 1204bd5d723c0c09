import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../kernel/config.js';
import { ensureDatabase, startEmbeddedPostgres } from '../kernel/db/embedded.js';
import { ormOptions } from '../kernel/db/orm-options.js';
import type { Logger } from '../kernel/logger.js';
import { ormApp } from './entities.js';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL under the data directory and
 * creates the `caregraph` database on first use.
 */
export async function openDatabase(config: AppConfig, log: Logger): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const pgLog = log.child({ component: 'embedded-postgres' });
    const embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      onLog: (line) => {
        pgLog.debug({ line: line.trim() });
      },
    });
    stopEmbedded = () => embedded.stop();
    await ensureDatabase(embedded.url('postgres'), 'caregraph');
    url = embedded.url('caregraph');
    log.info({ port: config.embeddedPgPort }, 'embedded PostgreSQL started');
  }
  const ormLog = log.child({ component: 'orm' });
  const orm = await MikroORM.init(
    ormOptions(ormApp, url, (m) => {
      ormLog.info(m);
    }),
  );
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      if (stopEmbedded) await stopEmbedded();
    },
  };
}

/** Applies every pending migration; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}
