import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.inputs.js';
import { auditDigestSql, GENESIS_HASH } from './audit-digest.js';

export interface AuditOrigin {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  actorId?: string | null;
  actorRole?: string | null;
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

export interface ChainReport {
  checked: number;
  firstBroken: { id: string; reason: string } | null;
}

/**
 * Walks the whole chain in order, recomputing each row's hash with the same SQL the insert
 * trigger used, and checking that each row points at its predecessor's hash.
 */
export async function verifyAuditChain(em: EntityManager): Promise<ChainReport> {
  const conn = em.getConnection();
  const batch = 5000;
  let lastId = '0';
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await conn.execute<{ id: string; hash: string; prev_hash: string; ok: boolean }[]>(
      `select a.id::text as id, a.hash, a.prev_hash, a.hash = ${auditDigestSql('a')} as ok
         from audit_event a where a.id > ? order by a.id limit ${batch}`,
      [lastId],
    );
    for (const r of rows) {
      if (r.prev_hash !== previousHash) {
        return { checked, firstBroken: { id: r.id, reason: 'does not follow the previous row' } };
      }
      if (!r.ok)
        return { checked, firstBroken: { id: r.id, reason: 'content does not match its hash' } };
      previousHash = r.hash;
      lastId = r.id;
      checked++;
    }
    if (rows.length < batch) return { checked, firstBroken: null };
  }
}

export { AuditOutcome };
