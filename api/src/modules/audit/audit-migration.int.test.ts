import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ormApp } from '../../app/entities.js';
import { ensureDatabase } from '../../kernel/db/embedded.js';
import { ormOptions } from '../../kernel/db/orm-options.js';
import { withDatabase } from '../../kernel/db/urls.js';
import { AuditBlockKind } from './audit-block.entity.js';
import { sealAuditBlocks } from './audit-seal.js';
import { verifyAuditTrail } from './audit.service.js';

/** The migration that replaced the chain by blocks, and sealed the chain as block 0. */
const BLOCKS_MIGRATION = 'Migration20261202055324';

const INSERT = `insert into audit_event (occurred_at, action, outcome, details)
                values (now(), ?, 'SUCCESS', '{"n": 1}')`;

describe('the trail written before blocks, after the migration', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    const admin = inject('pgAdminUrl');
    const name = `t_legacy_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(admin, name);
    orm = await MikroORM.init(ormOptions(ormApp, withDatabase(admin, name), () => undefined));
    const names = (await orm.migrator.getPending()).map((m) => m.name);
    const previous = names[names.indexOf(BLOCKS_MIGRATION) - 1];
    expect(previous).toBeDefined();
    await orm.migrator.up({ to: previous });
    // Rows chained by the old trigger, one of them in a transaction that rolled back.
    const em = orm.em.fork();
    for (let i = 0; i < 6; i++) await em.execute(INSERT, [`legacy-${String(i)}`]);
    await em
      .transactional(async (tx) => {
        await tx.execute(INSERT, ['legacy-rolled-back']);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await em.execute(INSERT, ['legacy-last']);
    await orm.migrator.up();
  });
  afterAll(async () => {
    await orm.close(true);
  });

  it('seals the legacy chain as block 0, which verifies row by row', async () => {
    const em = orm.em.fork();
    const blocks = await em.execute<{ number: string; kind: string; row_count: number }[]>(
      `select number::text as number, kind, row_count from audit_block order by audit_block.number`,
    );
    expect(blocks).toEqual([{ number: '0', kind: AuditBlockKind.LEGACY_CHAIN, row_count: 7 }]);
    const report = await verifyAuditTrail(em);
    expect(report).toMatchObject({ checked: 7, blocks: 1, firstBroken: null });
    expect(report.unsealed.count).toBe(0);
  });

  it('chains the first new block to it', async () => {
    const em = orm.em.fork();
    for (let i = 0; i < 3; i++) await em.execute(INSERT, [`new-${String(i)}`]);
    expect((await verifyAuditTrail(em)).unsealed.count).toBe(3);
    await sealAuditBlocks(em);
    const report = await verifyAuditTrail(em);
    expect(report).toMatchObject({ checked: 10, blocks: 2, firstBroken: null });
  });

  it('still names an altered row of the legacy chain', async () => {
    const em = orm.em.fork();
    const [target] = await em.execute<{ id: string }[]>(
      `select id::text as id from audit_event where action = 'legacy-3'`,
    );
    await em.execute('alter table audit_event disable trigger audit_event_append_only');
    await em.execute(`update audit_event set action = 'forged' where id = ?`, [target!.id]);
    await em.execute('alter table audit_event enable trigger audit_event_append_only');
    expect((await verifyAuditTrail(em)).firstBroken).toEqual({
      id: target!.id,
      block: '0',
      reason: 'content does not match its hash',
    });
  });
});
