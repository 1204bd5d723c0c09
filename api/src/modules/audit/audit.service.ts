import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.inputs.js';
import { AuditBlockKind } from './audit-block.entity.js';
import {
  auditBlockDigestSql,
  auditDigestSql,
  BLOCK_ROWS_SQL,
  GENESIS_HASH,
} from './audit-digest.js';

export interface AuditOrigin {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  actorId?: string | null;
  actorRole?: string | null;
}

/** Where a request came from and who made it, as an audit row records it. */
export function auditOriginOf(
  req: { requestId: string; ip: string | null; userAgent: string | null },
  actor: { userId: string; role: string } | null | undefined,
): AuditOrigin {
  return {
    requestId: req.requestId,
    ip: req.ip,
    userAgent: req.userAgent,
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
  };
}

/** Adds one audit row to `em`'s unit of work and flushes it. */
export async function writeAuditEvent(
  em: EntityManager,
  origin: AuditOrigin,
  entry: {
    action: string;
    outcome: AuditOutcome;
    targetType?: string | null;
    targetId?: string | null;
    patientId?: string | null;
    errorCode?: string | null;
    details?: Record<string, unknown>;
    at: Date;
  },
): Promise<AuditEvent> {
  const event = em.create(AuditEvent, {
    occurredAt: entry.at,
    actorId: origin.actorId ?? null,
    actorRole: origin.actorRole ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    patientId: entry.patientId ?? null,
    outcome: entry.outcome,
    errorCode: entry.errorCode ?? null,
    ip: origin.ip,
    userAgent: origin.userAgent?.slice(0, 300) ?? null,
    requestId: origin.requestId,
    details: entry.details ?? {},
  });
  await em.flush();
  return event;
}

/** Turns a mutation's gathered scope into its one audit row. */
export function writeScope(
  em: EntityManager,
  ctx: RequestContext,
  scope: AuditScope,
  outcome: AuditOutcome,
  errorCode?: string,
) {
  const first = scope.changes[0];
  const target = scope.target ?? (first ? { type: first.entity, id: first.id } : undefined);
  const details: Record<string, unknown> = { ...scope.details };
  if (scope.changes.length > 0) details.changes = scope.changes;
  return writeAuditEvent(
    em,
    {
      requestId: ctx.requestId,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      actorId: scope.actorId ?? ctx.viewer?.userId ?? null,
      actorRole: scope.actorRole ?? ctx.viewer?.role ?? null,
    },
    {
      action: scope.action,
      outcome,
      targetType: target?.type,
      targetId: target?.id,
      patientId: scope.patientId,
      errorCode,
      details,
      at: ctx.clock.now(),
    },
  );
}

/** Audit events, newest first, for administrators. */
export async function listAuditEvents(
  ctx: RequestContext,
  filter: AuditEventFilter | undefined,
  first: number | undefined,
  after: string | undefined,
) {
  const size = pageSize(first);
  const where: Record<string, unknown> = {};
  if (filter?.actorId) where.actorId = filter.actorId;
  if (filter?.patientId) where.patientId = filter.patientId;
  if (filter?.action) where.action = filter.action;
  if (filter?.outcome) where.outcome = filter.outcome;
  const range: Record<string, Date> = {};
  if (filter?.from) range.$gte = filter.from;
  if (filter?.to) range.$lt = filter.to;
  if (Object.keys(range).length > 0) where.occurredAt = range;
  return ctx.em.findByCursor(AuditEvent, {
    where,
    first: size,
    after,
    orderBy: { id: 'desc' },
    includeCount: true,
  });
}

/** Refusals per signed-in actor since an instant, most refused first (R8, security review). */
export async function accessRefusals(ctx: RequestContext, since: Date, first = 50) {
  const rows = await ctx.em.execute<
    {
      actor_id: string;
      actor_role: string | null;
      refusals: string;
      operations: string[];
      last_at: Date;
    }[]
  >(
    `select actor_id, max(actor_role) as actor_role, count(*)::text as refusals,
            (array_agg(distinct action))[1:10] as operations, max(occurred_at) as last_at
       from audit_event
      where outcome = 'DENIED' and occurred_at >= ? and actor_id is not null
      group by actor_id
      order by count(*) desc, max(occurred_at) desc
      limit ?`,
    [since, Math.min(Math.max(first, 1), 200)],
  );
  return rows.map((r) => ({
    actorId: r.actor_id,
    actorRole: r.actor_role,
    refusals: Number(r.refusals),
    operations: r.operations,
    lastAt: new Date(r.last_at),
  }));
}

export interface AuditProblem {
  /** The first altered audit row, when one can be named. */
  id: string | null;
  /** The block it was found in; null for a row not sealed yet. */
  block: string | null;
  reason: string;
}

export interface AuditReport {
  /** Sealed rows verified (before the first problem, if any). */
  checked: number;
  /** Blocks verified. */
  blocks: number;
  firstBroken: AuditProblem | null;
  /**
   * Rows after the last block: recent, not yet protected by a block (the sealing job runs every
   * minute). Their own hashes are checked too, but a row rewritten with a matching hash, or one
   * removed, can only be detected once sealed.
   */
  unsealed: { count: number; firstId: string | null; oldestAt: Date | null };
}

interface BlockRow {
  number: string;
  kind: AuditBlockKind;
  first_seq: string;
  last_seq: string;
  row_count: number;
  prev_hash: string;
  hash: string;
}

/**
 * Verifies the whole audit trail from one snapshot: each block follows the previous one (its
 * `prev_hash`, and a sequence range that starts where the previous ended), each sealed row's
 * content matches its hash (the legacy chain's rows also their predecessor's hash), each block
 * holds the number of rows it was sealed with and still hashes to its `hash`; then the rows not
 * sealed yet. Names the first problem met in sequence order.
 */
export async function verifyAuditTrail(em: EntityManager): Promise<AuditReport> {
  return em.transactional(
    async (tx) => {
      let checked = 0;
      let blocks = 0;
      let previous: BlockRow | undefined;
      const broken = (problem: AuditProblem): AuditReport => ({
        checked,
        blocks,
        firstBroken: problem,
        unsealed: { count: 0, firstId: null, oldestAt: null },
      });
      for (;;) {
        const batch = await tx.execute<BlockRow[]>(
          `select number::text as number, kind, first_seq::text as first_seq,
                  last_seq::text as last_seq, row_count, prev_hash, hash
             from audit_block where audit_block.number > ? order by audit_block.number limit 100`,
          [previous?.number ?? '-1'],
        );
        for (const b of batch) {
          const expectedNumber = previous ? (BigInt(previous.number) + 1n).toString() : '0';
          const expectedFirst = previous ? (BigInt(previous.last_seq) + 1n).toString() : null;
          if (
            b.number !== expectedNumber ||
            b.prev_hash !== (previous?.hash ?? GENESIS_HASH) ||
            (expectedFirst !== null && b.first_seq !== expectedFirst)
          ) {
            return broken({
              id: null,
              block: b.number,
              reason: `block ${b.number} does not follow block ${previous?.number ?? '(none)'}`,
            });
          }
          const problem = await verifyBlock(tx, b);
          if (problem) return broken(problem);
          checked += b.row_count;
          blocks++;
          previous = b;
        }
        if (batch.length < 100) break;
      }
      const after = previous?.last_seq ?? '0';
      const [bad] = await tx.execute<{ id: string }[]>(
        `select a.id::text as id from audit_event a
          where a.id > ? and a.hash is distinct from ${auditDigestSql('a')}
          order by a.id limit 1`,
        [after],
      );
      if (bad)
        return broken({ id: bad.id, block: null, reason: 'content does not match its hash' });
      const [tail] = await tx.execute<
        { n: string; first_id: string | null; oldest: Date | null }[]
      >(
        `select count(*)::text as n, min(id)::text as first_id, min(occurred_at) as oldest
           from audit_event where id > ?`,
        [after],
      );
      return {
        checked,
        blocks,
        firstBroken: null,
        unsealed: {
          count: Number(tail?.n ?? 0),
          firstId: tail?.first_id ?? null,
          oldestAt: tail?.oldest ? new Date(tail.oldest) : null,
        },
      };
    },
    // One consistent view of rows and blocks while the application keeps writing and sealing.
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

/** The first problem of one block, or null when its rows and its hash hold. */
async function verifyBlock(em: EntityManager, b: BlockRow): Promise<AuditProblem | null> {
  if (b.kind === AuditBlockKind.LEGACY_CHAIN) {
    const problem = await verifyLegacyChain(em, b);
    if (problem) return problem;
  } else {
    const [bad] = await em.execute<{ id: string }[]>(
      `select a.id::text as id from audit_event a
        where a.id between ? and ? and a.hash is distinct from ${auditDigestSql('a')}
        order by a.id limit 1`,
      [b.first_seq, b.last_seq],
    );
    if (bad) return { id: bad.id, block: b.number, reason: 'content does not match its hash' };
  }
  const [s] = await em.execute<{ n: number; ok: boolean }[]>(
    `select s.n, ${auditBlockDigestSql({
      prevHash: 'b.prev_hash',
      number: 'b.number',
      kind: 'b.kind::text',
      firstSeq: 'b.first_seq',
      lastSeq: 'b.last_seq',
      rowCount: 'b.row_count',
      rows: 's.rows',
    })} = b.hash as ok
       from audit_block b
      cross join lateral (
        select count(*)::int as n,
               case when b.kind = 'LEGACY_CHAIN'
                    then (select e.id || ':' || coalesce(e.hash, '') from audit_event e
                           where e.id between b.first_seq and b.last_seq order by e.id desc limit 1)
                    else ${BLOCK_ROWS_SQL} end as rows
          from audit_event e where e.id between b.first_seq and b.last_seq
      ) s
      where b.number = ?`,
    [b.number],
  );
  if (!s || s.n !== b.row_count) {
    return {
      id: null,
      block: b.number,
      reason:
        `block ${b.number} (events ${b.first_seq}–${b.last_seq}) holds ${String(s?.n ?? 0)} ` +
        `events but was sealed with ${String(b.row_count)}: an event was removed or added`,
    };
  }
  if (!s.ok) {
    return {
      id: null,
      block: b.number,
      reason: `block ${b.number} does not match its hash: the block or an event's hash was rewritten`,
    };
  }
  return null;
}

/**
 * The rows sealed as the legacy chain (before blocks): each row's hash covers the previous one's,
 * the first follows the genesis hash.
 */
async function verifyLegacyChain(em: EntityManager, b: BlockRow): Promise<AuditProblem | null> {
  const batch = 5000;
  let lastId = (BigInt(b.first_seq) - 1n).toString();
  let previousHash = GENESIS_HASH;
  for (;;) {
    const rows = await em.execute<{ id: string; hash: string; prev_hash: string; ok: boolean }[]>(
      `select a.id::text as id, a.hash, a.prev_hash, a.hash = ${auditDigestSql('a')} as ok
         from audit_event a where a.id > ? and a.id <= ? order by a.id limit ${String(batch)}`,
      [lastId, b.last_seq],
    );
    for (const r of rows) {
      if (r.prev_hash !== previousHash) {
        return { id: r.id, block: b.number, reason: 'does not follow the previous row' };
      }
      if (!r.ok) return { id: r.id, block: b.number, reason: 'content does not match its hash' };
      previousHash = r.hash;
      lastId = r.id;
    }
    if (rows.length < batch) return null;
  }
}

export { AuditOutcome };
