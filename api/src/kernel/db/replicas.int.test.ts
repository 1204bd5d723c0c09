import { MikroORM } from '@mikro-orm/postgresql';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from '../errors.js';
import { ensureDatabase, freePort } from './embedded.js';
import { ormOptions } from './orm-options.js';
import { onReplica, REPLICA, REPLICA_APPLICATION_NAME } from './replicas.js';
import { withDatabase } from './urls.js';

@Entity({ tableName: 'replica_probe' })
class Probe {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  name!: string;
}

const app = { entities: [Probe], subscribers: [] };

/**
 * The "replica" is a second URL to the same database under a read-only role: a query that reaches
 * it is told apart in pg_stat_activity (its user and application_name), and a write sent there by
 * mistake would fail rather than pass unnoticed.
 */
describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  let admin: pg.Client;
  let primaryUrl: string;
  let replicaUrl: string;
  let replicaRole: string;
  let orm: MikroORM;

  beforeAll(async () => {
    const adminUrl = inject('pgAdminUrl');
    const suffix = randomBytes(4).toString('hex');
    const database = `t_replicas_${suffix}`;
    await ensureDatabase(adminUrl, database);
    primaryUrl = withDatabase(adminUrl, database);
    replicaRole = `replica_reader_${suffix}`;
    const password = randomBytes(12).toString('hex');
    admin = new pg.Client({ connectionString: primaryUrl });
    await admin.connect();
    await admin.query(`create role ${replicaRole} login password '${password}'`);
    await admin.query(`grant pg_read_all_data to ${replicaRole}`);
    await admin.query('create table replica_probe (id serial primary key, name text not null)');
    const u = new URL(primaryUrl);
    u.username = replicaRole;
    u.password = password;
    replicaUrl = u.toString();
    orm = await MikroORM.init(
      ormOptions(app, primaryUrl, () => undefined, { replicaUrls: [replicaUrl] }),
    );
  });
  afterAll(async () => {
    await orm.close(true);
    await admin.query(`drop owned by ${replicaRole}`);
    await admin.query(`drop role ${replicaRole}`);
    await admin.end();
  });

  /** Who ran the last query carrying this marker: `user/application_name`. */
  async function ranBy(marker: string): Promise<string[]> {
    const { rows } = await admin.query<{ who: string }>(
      `select usename || '/' || application_name as who from pg_stat_activity
        where query like $1 and pid <> pg_backend_pid()`,
      [`%${marker}%`],
    );
    return rows.map((r) => r.who);
  }

  const onPrimary = (): unknown => expect.not.stringContaining(replicaRole);

  it('keeps reads and writes on the primary unless a read asks for a replica', async () => {
    const replica = `${replicaRole}/${REPLICA_APPLICATION_NAME}`;
    const em = orm.em.fork();

    // A write (a flush) goes to the primary: on the read-only replica it would fail.
    const probe = em.create(Probe, { name: 'written' });
    await em.flush();
    expect(probe.id).toBeGreaterThan(0);

    // A read that does not ask stays on the primary.
    em.clear();
    const plain = await em.find(Probe, {}, { comments: ['probe-plain-read'] });
    expect(plain.map((p) => p.name)).toEqual(['written']);
    expect(await ranBy('probe-plain-read')).toEqual([onPrimary()]);

    // A read that opts in goes to the replica: find, count, raw SQL and the query builder.
    em.clear();
    const fromReplica = await em.find(Probe, {}, onReplica({ comments: ['probe-replica-find'] }));
    expect(fromReplica.map((p) => p.name)).toEqual(['written']);
    expect(await ranBy('probe-replica-find')).toEqual([replica]);
    expect(await em.count(Probe, {}, onReplica({ comments: ['probe-replica-count'] }))).toBe(1);
    expect(await ranBy('probe-replica-count')).toEqual([replica]);
    const [me] = await em.execute<{ who: string }[]>(
      "select current_user || '/' || current_setting('application_name') as who -- probe-raw",
      [],
      onReplica({ method: 'all' as const }),
    );
    expect(me?.who).toBe(replica);
    const viaQb = await em
      .createQueryBuilder(Probe, 'p', REPLICA)
      .select('*')
      .comment('probe-replica-qb')
      .getResultList();
    expect(viaQb).toHaveLength(1);
    expect(await ranBy('probe-replica-qb')).toEqual([replica]);
  });

  it('answers from the primary inside a transaction, whatever the read asks (read-your-writes)', async () => {
    await orm.em.fork().transactional(async (tx) => {
      tx.create(Probe, { name: 'in a transaction' });
      await tx.flush();
      // Not committed yet: only the transaction's own connection, on the primary, can see it.
      const seen = await tx.find(Probe, {}, onReplica({ comments: ['probe-in-transaction'] }));
      expect(seen.map((p) => p.name)).toContain('in a transaction');
      expect(await ranBy('probe-in-transaction')).toEqual([onPrimary()]);
    });
  });

  it('fails only the opted-in reads while a replica is unreachable, as the database being down', async () => {
    const gone = new URL(replicaUrl);
    gone.port = String(await freePort());
    const withDeadReplica = await MikroORM.init(
      ormOptions(app, primaryUrl, () => undefined, { replicaUrls: [gone.toString()] }),
    );
    try {
      const em = withDeadReplica.em.fork();
      expect(await em.count(Probe, {})).toBeGreaterThan(0);
      const failure = await em.count(Probe, {}, onReplica()).then(
        () => undefined,
        (err: unknown) => err,
      );
      // Answered SERVICE_UNAVAILABLE by the API, like the primary being down; no silent fallback.
      expect(isDatabaseUnavailable(failure)).toBe(true);
    } finally {
      await withDeadReplica.close(true);
    }
  });

  it('sends an opted-in read to the primary when no replica is configured', async () => {
    const single = await MikroORM.init(ormOptions(app, primaryUrl, () => undefined));
    try {
      const rows = await single.em
        .fork()
        .find(Probe, {}, onReplica({ comments: ['probe-no-replica'] }));
      expect(rows.length).toBeGreaterThan(0);
      expect(await ranBy('probe-no-replica')).toEqual([onPrimary()]);
    } finally {
      await single.close(true);
    }
  });
});
