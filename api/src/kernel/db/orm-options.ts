import { DataloaderType, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_CONNECT_TIMEOUT_MS } from './pool.js';
import { replicaConnections } from './replicas.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Committed migrations live in `api/src/migrations` (compiled to `api/dist/migrations`). */
export const migrationsDir = path.resolve(here, '../../migrations');

/**
 * MikroORM options shared by the server, the CLI and the tests. Entities come from the
 * composition root; the kernel knows none of them. `replicaUrls` (DATABASE_REPLICA_URLS) adds read
 * replicas that only reads asking for one use (`kernel/db/replicas.ts`).
 */
export function ormOptions(
  app: { entities: Options['entities']; subscribers: Options['subscribers'] },
  clientUrl: string,
  logger?: (message: string) => void,
  opts: { replicaUrls?: readonly string[] } = {},
) {
  // Handed to pg's Pool: waiting for a connection is bounded (a request then answers
  // SERVICE_UNAVAILABLE instead of hanging while PostgreSQL is down), and a connection the
  // network silently dropped is noticed. Connections are opened on demand, so the pool is
  // whole again as soon as PostgreSQL accepts them.
  const driverOptions = { connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS, keepAlive: true };
  return defineConfig({
    clientUrl,
    entities: app.entities,
    subscribers: app.subscribers,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    debug: false,
    colors: false,
    ...(logger ? { logger } : {}),
    allowGlobalContext: false,
    pool: { min: 0, max: 20 },
    driverOptions,
    // Replicas lag behind the primary: every query stays on the primary unless it asks for a
    // replica (`onReplica()`), and inside a transaction the primary answers whatever is asked.
    replicas: replicaConnections(opts.replicaUrls ?? [], driverOptions),
    preferReadReplicas: false,
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      // One snapshot whatever the database is called, written only by `migration:create`.
      snapshotName: '.snapshot-caregraph',
      snapshotOnMigrate: false,
      emit: 'ts',
    },
  });
}
