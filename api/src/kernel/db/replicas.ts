import type { ConnectionOptions, ConnectionType } from '@mikro-orm/core';

/**
 * Read replicas (`DATABASE_REPLICA_URLS`): streaming standbys of the primary that may serve reads
 * which tolerate lag. Off by default, and opt-in even when configured: the ORM runs with
 * `preferReadReplicas: false`, so every query goes to the primary unless it asks for a replica
 * with the options below. A replica is seconds (usually milliseconds) behind the primary, so:
 *
 * - never for what a user has just written (read-your-writes): the chart after a vitals entry, the
 *   appointment list after booking; those stay on the primary;
 * - never to decide a write: inside a transaction (every mutation runs in one) MikroORM uses the
 *   primary whatever is asked, so a check before a write always sees the latest data;
 * - for reads where a few seconds of lag are harmless: reports, statistics, search lists.
 *
 * Without replicas, `'read'` is the primary: an opted-in read works unchanged on a single server.
 */

/** `application_name` of replica connections: they are told apart in `pg_stat_activity`. */
export const REPLICA_APPLICATION_NAME = 'caregraph-replica';

/** The connection type of a read that tolerates lag, for `em.createQueryBuilder(E, 'e', REPLICA)`. */
export const REPLICA: ConnectionType = 'read';

/**
 * Query options that send one read to a replica (chosen at random among them), outside a
 * transaction only: `em.find(Patient, where, onReplica({ limit: 50 }))`, `em.count(E, where,
 * onReplica())`, `em.execute(sql, params, onReplica({ method: 'all' }))`.
 */
export function onReplica<O extends object = object>(
  options?: O,
): O & { connectionType: ConnectionType } {
  return { ...(options ?? ({} as O)), connectionType: REPLICA };
}

/**
 * MikroORM's `replicas` entries for these URLs: each gets a pool of its own, with the primary's
 * limits and timeouts and its own `application_name`.
 */
export function replicaConnections(
  urls: readonly string[],
  driverOptions: Record<string, unknown>,
): ConnectionOptions[] {
  return urls.map((clientUrl, i) => ({
    name: `replica-${String(i + 1)}`,
    clientUrl,
    driverOptions: { ...driverOptions, application_name: REPLICA_APPLICATION_NAME },
  }));
}
