import { createHash } from 'node:crypto';
import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from './audit-scope.js';
import type { RequestContext } from './context.js';
import { ConflictError, ValidationError } from './errors.js';
import { isUuid } from './validation.js';

/**
 * A record written once under the id its device made. Every entity with a `requestHash` property
 * is one, and an id names at most one of them, whatever their kind.
 */
export interface WriteOnceRow {
  id: string;
  /**
   * Fingerprint of the request that created the row. Null for a row made another way (seed,
   * import, or before fingerprints were kept): no request matches it, so sending its id is a
   * conflict.
   */
  requestHash?: string | null;
  /** Named in the audit row of a replay or a conflict. */
  readonly patientId?: string | null;
}

/** What the creating request gets: the id to give the new row and the fingerprint to store. */
export interface WriteOnce {
  id: string;
  requestHash: string;
}

/** Serialises requests carrying the same key until the transaction ends. */
export async function lockKey(em: EntityManager, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 6))', [key]);
}

/** Dates as instants, object keys sorted, absent and null fields alike left out. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field: unknown = (value as Record<string, unknown>)[key];
      if (field !== undefined && field !== null) out[key] = canonical(field);
    }
    return out;
  }
  return value;
}

/**
 * SHA-256 of a request in canonical JSON: the same request gives the same fingerprint whatever the
 * order of its fields, and a field sent as null is the same as one left out.
 */
export function fingerprint(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(request) ?? null))
    .digest('hex');
}

const USED = 'This id was already used for a different record.';

function writeOnceEntities(em: EntityManager): EntityMetadata[] {
  return [...em.getMetadata().getAll().values()].filter(
    (meta) => !meta.abstract && 'requestHash' in meta.properties,
  );
}

/**
 * Where an id is taken: by a record of this kind (`own`), by one of another write-once kind
 * (`other`), or nowhere (`null`). One statement over every write-once table: a dispensing or a
 * vital sign is a hot write, and a round trip per table added up.
 */
async function holderOf(
  em: EntityManager,
  meta: EntityMetadata,
  id: string,
): Promise<'own' | 'other' | null> {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const probe = (m: EntityMetadata) => {
    const column = m.properties.id?.fieldNames[0] ?? 'id';
    const table = m.schema ? `${quote(m.schema)}.${quote(m.tableName)}` : quote(m.tableName);
    return `exists (select 1 from ${table} where ${quote(column)} = ?)`;
  };
  const others = writeOnceEntities(em).filter((other) => other.class !== meta.class);
  const [row] = await em.execute<{ own: boolean; other: boolean }[]>(
    `select ${probe(meta)} as own, ${others.length > 0 ? others.map(probe).join(' or ') : 'false'} as other`,
    [id, ...others.map(() => id)],
  );
  if (row?.own) return 'own';
  return row?.other ? 'other' : null;
}

/**
 * Writes a record at most once under the id its device made, so that an offline-capable write
 * may be sent again safely. Requests carrying one id are serialised by an advisory lock held until
 * the transaction ends. The first creates the row (`create` must give it that id and store the
 * fingerprint of the request, which is every input field but the id). A later request with the
 * same fingerprint gets the original row back, unchanged, and its audit row says
 * `details.replay`; a different request under that id (other content, another patient, another
 * kind of record) is a CONFLICT and changes nothing. Call it before any rule that depends on
 * the state the first request changed (a dose slot it took, say): a replay skips them all.
 */
export async function writeOnce<T extends WriteOnceRow>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  request: { readonly id: string },
  create: (once: WriteOnce) => Promise<T>,
): Promise<T> {
  const { id: sent, ...content } = request;
  if (!isUuid(sent)) throw new ValidationError({ id: 'must be a UUID' });
  // As PostgreSQL prints it, so that one id in either case locks and answers the same.
  const id = sent.toLowerCase();
  const em = ctx.em;
  const meta = em.getMetadata().get(entity);
  const requestHash = fingerprint(content);
  await lockKey(em, `write-once:${id}`);
  const scope = currentAuditScope();
  const holder = await holderOf(em, meta, id);
  if (holder === 'other') throw new ConflictError(USED);
  // A replay (rare): the original record, read whole.
  const existing = holder === 'own' ? await em.findOne(entity, { id } as never) : null;
  if (existing) {
    scope?.setTarget(meta.className, existing.id, existing.patientId);
    if (existing.requestHash !== requestHash) throw new ConflictError(USED);
    if (scope) scope.details.replay = true;
    return existing;
  }
  const row = await create({ id, requestHash });
  if (row.id !== id || row.requestHash !== requestHash) {
    throw new Error(`writeOnce: the new ${meta.className} must keep its id and fingerprint`);
  }
  return row;
}
