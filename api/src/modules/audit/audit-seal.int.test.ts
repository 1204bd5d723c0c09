import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { auditDigestSql } from './audit-digest.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditSealJob, sealAuditBlocks } from './audit-seal.js';
import { verifyAuditTrail } from './audit.service.js';

/** One audit row, inserted the way the application does (the trigger numbers and hashes it). */
const INSERT = `insert into audit_event (occurred_at, action, outcome, details)
                values (now(), $1, 'SUCCESS', '{}') returning id::text as id`;

async function client(app: TestApp) {
  const c = new pg.Client({ connectionString: app.databaseUrl });
  await c.connect();
  return c;
}

async function blockOf(app: TestApp, id: string) {
  const rows = await app
    .em()
    .execute<{ number: string }[]>(
      `select number::text as number from audit_block where ? between first_seq and last_seq`,
      [id],
    );
  return rows[0]?.number ?? null;
}

describe('audit sealing, one instance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets two transactions with an open audit insert each commit without waiting for the other', async () => {
    const a = await client(app);
    const b = await client(app);
    try {
      // Under one lock held until commit, B's insert would wait for A, and A waits for B: the
      // statement timeout turns that into a failure instead of a hang.
      await b.query(`set statement_timeout = '5s'`);
      await a.query('begin');
      const [rowA] = (await a.query<{ id: string }>(INSERT, ['tx-a'])).rows;
      await b.query('begin');
      const [rowB] = (await b.query<{ id: string }>(INSERT, ['tx-b'])).rows;
      await b.query('commit');
      await a.query('commit');
      expect(BigInt(rowB!.id)).toBeGreaterThan(BigInt(rowA!.id));
      expect(await app.em().count(AuditEvent, { action: { $in: ['tx-a', 'tx-b'] } })).toBe(2);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('never seals past a number whose transaction is still open, and seals it once it commits', async () => {
    const a = await client(app);
    try {
      await a.query('begin');
      // A takes the smaller number and commits last: the gap a naive sealer would close over.
      const [small] = (await a.query<{ id: string }>(INSERT, ['late-commit'])).rows;
      const [large] = await app
        .em()
        .execute<{ id: string }[]>(INSERT.replace('$1', '?'), ['early-commit']);
      const deferred = await sealAuditBlocks(app.em(), { waitMs: 300 });
      expect(deferred.deferred).toBe(true);
      expect(await blockOf(app, small!.id)).toBeNull();
      expect(await blockOf(app, large!.id)).toBeNull();
      await a.query('commit');
      const sealed = await sealAuditBlocks(app.em());
      expect(sealed.deferred).toBe(false);
      const block = await blockOf(app, small!.id);
      expect(block).not.toBeNull();
      expect(await blockOf(app, large!.id)).not.toBeNull();
      const report = await verifyAuditTrail(app.em());
      expect(report.firstBroken).toBeNull();
      expect(report.unsealed.count).toBe(0);
    } finally {
      await a.end();
    }
  });

  it('seals over the number of a rolled-back transaction, which stays a hole', async () => {
    const c = await client(app);
    try {
      await c.query('begin');
      const [lost] = (await c.query<{ id: string }>(INSERT, ['rolled-back'])).rows;
      await c.query('rollback');
      await app.em().execute(INSERT.replace('$1', '?'), ['after-rollback']);
      await sealAuditBlocks(app.em());
      expect(await blockOf(app, lost!.id)).not.toBeNull();
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    } finally {
      await c.end();
    }
  });

  it('cuts blocks at their size limit and chains them', async () => {
    for (let i = 0; i < 7; i++) await app.em().execute(INSERT.replace('$1', '?'), [`bulk-${i}`]);
    const r = await sealAuditBlocks(app.em(), { maxRows: 3 });
    // The scheduled sealing may have taken some of the rows first.
    expect(r.deferred).toBe(false);
    expect(r.blocks).toBe(Math.ceil(r.rows / 3));
    const report = await verifyAuditTrail(app.em());
    expect(report.firstBroken).toBeNull();
    expect(report.checked).toBe(await app.em().count(AuditEvent, {}));
  });

  it('goes on past block 9: blocks are ordered as numbers, not as text', async () => {
    // Each run seals one-row blocks, so that block numbers reach two digits.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) await app.em().execute(INSERT.replace('$1', '?'), [`many-${i}`]);
      const r = await sealAuditBlocks(app.em(), { maxRows: 1 });
      expect(r.deferred).toBe(false);
    }
    const [max] = await app
      .em()
      .execute<{ n: number }[]>('select max(number)::int as n from audit_block');
    expect(max?.n).toBeGreaterThanOrEqual(12);
    const report = await verifyAuditTrail(app.em());
    expect(report.firstBroken).toBeNull();
    expect(report.checked).toBe(await app.em().count(AuditEvent, {}));
  });

  describe('audit:verify after tampering (each case restores what it changed)', () => {
    let conn: ReturnType<ReturnType<TestApp['em']>['getConnection']>;
    let sealedId: string;
    let block: string;
    beforeAll(async () => {
      conn = app.em().getConnection();
      for (let i = 0; i < 5; i++) await app.em().execute(INSERT.replace('$1', '?'), [`t-${i}`]);
      await sealAuditBlocks(app.em());
      const [row] = await app
        .em()
        .execute<{ id: string }[]>(`select id::text as id from audit_event where action = 't-2'`);
      sealedId = row!.id;
      block = (await blockOf(app, sealedId))!;
      await conn.execute(`create table tamper_kept as select * from audit_event where id = ?`, [
        sealedId,
      ]);
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    });

    async function withTriggersOff(table: string, run: () => Promise<unknown>) {
      await conn.execute(`alter table ${table} disable trigger user`);
      try {
        await run();
      } finally {
        await conn.execute(`alter table ${table} enable trigger user`);
      }
    }

    it('names a sealed row whose content changed', async () => {
      await withTriggersOff('audit_event', () =>
        conn.execute(`update audit_event set ip = '10.6.6.6' where id = ?`, [sealedId]),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toEqual({
        id: sealedId,
        block,
        reason: 'content does not match its hash',
      });
      await withTriggersOff('audit_event', () =>
        conn.execute(`update audit_event set ip = null where id = ?`, [sealedId]),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    });

    it('names the block a row was removed from', async () => {
      await withTriggersOff('audit_event', () =>
        conn.execute(`delete from audit_event where id = ?`, [sealedId]),
      );
      const broken = (await verifyAuditTrail(app.em())).firstBroken;
      expect(broken).toMatchObject({ id: null, block });
      expect(broken?.reason).toMatch(/holds \d+ events but was sealed with \d+/);
      await withTriggersOff('audit_event', () =>
        conn.execute(`insert into audit_event select * from tamper_kept`),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    });

    it('names a row whose content and hash were both rewritten by its block', async () => {
      await withTriggersOff('audit_event', async () => {
        await conn.execute(`update audit_event set action = 'forged' where id = ?`, [sealedId]);
        await conn.execute(`update audit_event a set hash = ${auditDigestSql('a')} where id = ?`, [
          sealedId,
        ]);
      });
      const broken = (await verifyAuditTrail(app.em())).firstBroken;
      expect(broken).toMatchObject({ id: null, block });
      expect(broken?.reason).toMatch(/does not match its hash/);
      await withTriggersOff('audit_event', () =>
        conn.execute(
          `update audit_event e set action = k.action, hash = k.hash from tamper_kept k where e.id = k.id`,
        ),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    });

    it('names a block whose own fields were altered', async () => {
      const [original] = await conn.execute<{ hash: string }[]>(
        `select hash from audit_block where number = ?`,
        [block],
      );
      await withTriggersOff('audit_block', () =>
        conn.execute(`update audit_block set hash = md5(hash) || md5(hash) where number = ?`, [
          block,
        ]),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toEqual({
        id: null,
        block,
        reason: `block ${block} does not match its hash: the block or an event's hash was rewritten`,
      });
      await withTriggersOff('audit_block', () =>
        conn.execute(`update audit_block set hash = ? where number = ?`, [original!.hash, block]),
      );
      expect((await verifyAuditTrail(app.em())).firstBroken).toBeNull();
    });

    it('refuses UPDATE, DELETE and TRUNCATE of blocks in the database itself', async () => {
      await expect(conn.execute(`update audit_block set hash = 'x'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(conn.execute(`delete from audit_block`)).rejects.toThrow(/append-only/);
      await expect(conn.execute(`truncate audit_block`)).rejects.toThrow(/append-only/);
    });
  });
});

describe('audit sealing, two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { JWT_SECRET: randomBytes(32).toString('hex') };
    // Both instances evaluate the schedules every second, so they keep meeting the same
    // occurrence of the every-minute sealing.
    a = await startTestApp(env, { schedules: { checkSeconds: 1 } });
    b = await startTestApp(env, { databaseUrl: a.databaseUrl, schedules: { checkSeconds: 1 } });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('runs the scheduled sealing once per occurrence, whichever instance takes it', async () => {
    const jobs = () =>
      a.em().execute<{ minute: string; n: number; runs: number; done: number }[]>(
        `select date_trunc('minute', created_on)::text as minute, count(*)::int as n,
                sum(retry_count)::int as runs, count(*) filter (where state = 'completed')::int as done
           from pgboss.job where name = ? group by 1 order by 1`,
        [auditSealJob.name],
      );
    await expect
      .poll(async () => (await jobs()).some((j) => j.done > 0), { timeout: 20_000 })
      .toBe(true);
    // A few more evaluations by both instances (one a second each) of the same occurrence.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const seen = await jobs();
    // Two minutes at most were spanned; each has one job, run once (no retry).
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(2);
    for (const j of seen) expect(j).toMatchObject({ n: 1, runs: 0 });
  });

  it('after concurrent writes on both, a sealing run seals everything and the trail verifies', async () => {
    const users = await Promise.all([
      ...Array.from({ length: 5 }, () => a.tokenFor(Role.NURSE)),
      ...Array.from({ length: 5 }, () => b.tokenFor(Role.NURSE)),
    ]);
    await Promise.all(
      users.map((u, i) =>
        (i < 5 ? a : b).gql(
          `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { id } }`,
          { i: { phone: `+33 6 33 33 33 ${String(10 + i)}` } },
          { token: u.token },
        ),
      ),
    );
    const written = await a.em().count(AuditEvent, {});
    await b.jobs.send(auditSealJob, {});
    await expect
      .poll(async () => (await verifyAuditTrail(a.em())).unsealed.count, { timeout: 20_000 })
      .toBe(0);
    const report = await verifyAuditTrail(a.em());
    expect(report.firstBroken).toBeNull();
    expect(report.checked).toBe(written);
  });
});
