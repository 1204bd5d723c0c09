import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { AuditScope, runInAuditScope } from '../kernel/audit-scope.js';
import type { RequestContext } from '../kernel/context.js';
import { ConflictError, DomainError, sqlState } from '../kernel/errors.js';
import { checkCursorArguments } from '../kernel/graphql/connection.js';
import { cleanTextArguments } from '../kernel/text-input.js';
import { AuditOutcome, writeScope } from '../modules/audit/index.js';

/**
 * Constraint violations the service did not translate itself still answer with a typed error:
 * the database, not app code, is what keeps concurrent writers honest.
 */
function fromDatabase(err: unknown): unknown {
  const state = sqlState(err);
  if (state === '23505') return new ConflictError('This conflicts with an existing record.');
  if (state === '40001' || state === '40P01') {
    return new ConflictError('Someone else changed this at the same time. Try again.');
  }
  // A value PostgreSQL could not read as its column's type (an id that is no UUID, a date out of
  // range): the caller's input, not our fault, so it is a typed error and not an internal one.
  // 22021: a byte the encoding refuses, such as a NUL inside a string.
  if (['22P02', '22007', '22008', '22003', '22021'].includes(state ?? '')) {
    return new DomainError('BAD_USER_INPUT', 'A value is not in the expected form.');
  }
  return err;
}

function errorCode(err: unknown): string {
  if (err instanceof GraphQLError) {
    const code = err.extensions.code;
    if (typeof code === 'string') return code;
  }
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Every mutation runs here, so none can forget: it gets its own transaction (the context's
 * EntityManager is swapped for it), its changes are gathered by the flush subscriber, and it
 * leaves exactly one audit row — in the same transaction when it succeeds; when it fails, its
 * changes are rolled back and the failure is recorded in a transaction of its own.
 */
export const mutationPipeline: MiddlewareFn<RequestContext> = async (
  { context, info, args },
  next,
): Promise<unknown> => {
  if (info.path.prev !== undefined) {
    const result: unknown = await next();
    return result;
  }
  if (info.parentType.name !== 'Mutation') {
    try {
      cleanTextArguments(args);
      checkCursorArguments(args);
      const result: unknown = await next();
      return result;
    } catch (err) {
      throw fromDatabase(err);
    }
  }
  const scope = new AuditScope(info.fieldName);
  const requestEm = context.em;
  try {
    const result = await runInAuditScope<unknown>(scope, () =>
      requestEm.transactional(async (tx): Promise<unknown> => {
        context.em = tx;
        try {
          cleanTextArguments(args);
          const result: unknown = await next();
          await tx.flush();
          await writeScope(tx, context, scope, AuditOutcome.SUCCESS);
          return result;
        } finally {
          context.em = requestEm;
        }
      }),
    );
    for (const publish of scope.afterCommit) publish();
    return result;
  } catch (thrown) {
    const err = fromDatabase(thrown);
    const code = errorCode(err);
    const outcome =
      code === 'FORBIDDEN' || code === 'NOT_FOUND' ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
    // With the database out of reach there is nowhere to record the failure: answer at once
    // rather than wait for a second connection that will not come.
    if (code === 'SERVICE_UNAVAILABLE') throw err;
    try {
      await requestEm.fork().transactional(async (tx) => {
        for (const effect of scope.onFailure) await effect(tx);
        scope.changes.length = 0;
        await writeScope(tx, context, scope, outcome, code);
      });
    } catch (auditFailure) {
      // The caller hears of their own failure, not of the audit's; the operator reads the log.
      context.log.error(
        { code, sqlState: sqlState(auditFailure) ?? null },
        'could not record a failed mutation',
      );
    }
    throw err;
  }
};
