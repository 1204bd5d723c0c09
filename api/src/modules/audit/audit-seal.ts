import type { EntityManager } from '@mikro-orm/postgresql';
import { setTimeout as sleep } from 'node:timers/promises';
import { clockOf } from '../../kernel/clock.js';
import { defineJob } from '../../kernel/jobs.js';
import { AuditBlockKind } from './audit-block.entity.js';
import {
  AUDIT_SEAL_LOCK,
  auditBlockDigestSql,
  BLOCK_MAX_ROWS,
  BLOCK_ROWS_SQL,
  GENESIS_HASH,
} from './audit-digest.js';

export interface SealResult {
  /** Blocks written by this run. */
  blocks: number;
  /** Rows sealed by this run. */
  rows: number;
  /** Last sequence number now sealed; null when nothing was ever sealed. */
  sealedTo: string | null;
  /**
   * True when a write transaction older than the run was still open at the deadline: nothing was
   * sealed this time, the next run will.
   */
  deferred: boolean;
}

/**
 * Seals the audit rows written so far into blocks (`audit_block`), each hashed with the previous
 * block's hash, so that changing, removing or slipping in a sealed row is detected by
 * `audit:verify`. Writers take no lock and do not wait for each other: the sealer is what orders
 * the trail, after the fact.
 *
 * The gap problem. Rows get their number from a sequence when inserted but become visible when
 * their transaction commits, in any order; the numbers of rolled-back transactions never appear.
 * So "the highest number visible" is not a safe place to cut: a transaction holding number 100
 * may commit after 101 was sealed, and holes may be permanent. The sealer instead waits until
 * every number below a cut has been decided:
 *
 *   1. it reads the sequence's last value L (every number ≤ L has been handed out);
 *   2. then, in a later statement, the snapshot's xmax X (the first transaction id not yet
 *      assigned);
 *   3. it waits until the oldest transaction still running is ≥ X (`pg_snapshot_xmin`).
 *
 * The insert trigger takes its transaction's id before taking a number, so a row numbered ≤ L
 * belongs to a transaction that had an id before step 2, an id < X; once step 3 holds, that
 * transaction has committed (its row is visible now) or rolled back (its number is a hole for
 * ever). Rows ≤ L are then final, and the blocks cover the sequence [previous end + 1, L] without
 * holes between blocks: a hole inside a block is simply a number no row has. Only transactions
 * that write count (read-only ones have no id), so a long report does not hold sealing back; a
 * write transaction open for longer than `waitMs` defers sealing to the next run. The sequence
 * must keep CACHE 1 (a bigserial's default): with a per-session cache, numbers ≤ L could still be
 * handed out after step 1.
 *
 * Two sealers (two instances) take turns on an advisory lock; the second continues from the
 * first one's last block.
 */
export async function sealAuditBlocks(
  em: EntityManager,
  opts: { waitMs?: number; maxRows?: number; maxBlocks?: number } = {},
): Promise<SealResult> {
  const maxRows = opts.maxRows ?? BLOCK_MAX_ROWS;
  const maxBlocks = opts.maxBlocks ?? 200;
  // Two statements, in this order: a statement's snapshot is taken when it starts.
  const [seq] = await em.execute<{ last: string }[]>(
    `select (case when is_called then last_value else last_value - 1 end)::text as last
       from audit_event_id_seq`,
  );
  const [snap] = await em.execute<{ xmax: string }[]>(
    `select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
  );
  const horizon = seq?.last ?? '0';
  const deadline = Date.now() + (opts.waitMs ?? 10_000);
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    const [r] = await em.execute<{ done: boolean }[]>(
      `select pg_snapshot_xmin(pg_current_snapshot()) >= ?::xid8 as done`,
      [snap?.xmax ?? '0'],
    );
    if (r?.done) break;
    if (Date.now() > deadline) {
      const last = await lastBlock(em);
      return { blocks: 0, rows: 0, sealedTo: last?.last_seq ?? null, deferred: true };
    }
    await sleep(pause);
  }

  const sealedAt = clockOf(em).now();
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`);
    let last = await lastBlock(tx);
    let blocks = 0;
    let rows = 0;
    while (BigInt(last?.last_seq ?? '0') < BigInt(horizon) && blocks < maxBlocks) {
      const first = (BigInt(last?.last_seq ?? '0') + 1n).toString();
      // A full block ends on its maxRows-th row; the last one reaches the horizon.
      const [full] = await tx.execute<{ id: string }[]>(
        `select id::text as id from audit_event where id >= ? and id <= ?
          order by id offset ? limit 1`,
        [first, horizon, maxRows - 1],
      );
      const end = full?.id ?? horizon;
      const [block] = await tx.execute<
        { number: string; last_seq: string; hash: string; n: number }[]
      >(
        `insert into audit_block (number, kind, first_seq, last_seq, row_count, prev_hash, hash, sealed_at)
         select s.number, s.kind::audit_block_kind, s.first_seq, s.last_seq, s.row_count, s.prev_hash,
                ${auditBlockDigestSql({
                  prevHash: 's.prev_hash',
                  number: 's.number',
                  kind: 's.kind',
                  firstSeq: 's.first_seq',
                  lastSeq: 's.last_seq',
                  rowCount: 's.row_count',
                  rows: 's.rows',
                })}, ?
           from (select ?::bigint as number, ?::text as kind, ?::bigint as first_seq,
                        ?::bigint as last_seq, count(*)::int as row_count,
                        ?::varchar as prev_hash, ${BLOCK_ROWS_SQL} as rows
                   from audit_event e where e.id between ? and ?) s
          where s.row_count > 0
         returning number::text as number, last_seq::text as last_seq, hash, row_count as n`,
        [
          sealedAt,
          last ? (BigInt(last.number) + 1n).toString() : '0',
          AuditBlockKind.BLOCK,
          first,
          end,
          last?.hash ?? GENESIS_HASH,
          first,
          end,
        ],
      );
      // No row up to the horizon (holes only): the next block will start here again.
      if (!block) break;
      last = { number: block.number, last_seq: block.last_seq, hash: block.hash };
      blocks++;
      rows += block.n;
    }
    return { blocks, rows, sealedTo: last?.last_seq ?? null, deferred: false };
  });
}

async function lastBlock(em: EntityManager) {
  const [row] = await em.execute<{ number: string; last_seq: string; hash: string }[]>(
    `select number::text as number, last_seq::text as last_seq, hash
       from audit_block order by audit_block.number desc limit 1`,
  );
  return row;
}

/**
 * Seals the audit trail every minute. One run at a time across the instances; a failed run is
 * retried, and a missed one costs nothing: the next run seals everything up to its own horizon.
 */
export const auditSealJob = defineJob({
  name: 'audit.seal',
  schedule: { cron: '* * * * *' },
  oneAtATime: true,
  retry: { limit: 3, delaySeconds: 10, backoff: true, maxDelaySeconds: 120 },
  timeoutSeconds: 600,
  async run(_data, ctx) {
    const result = await sealAuditBlocks(ctx.em);
    if (result.deferred) {
      ctx.log.warn('audit sealing deferred: a write transaction has been open for over 10 s');
    } else if (result.blocks > 0) {
      ctx.log.debug(result, 'audit sealed');
    }
    return result;
  },
});
