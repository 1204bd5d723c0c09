import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { AuditScope, runInAuditScope } from '../kernel/audit-scope.js';
import type { RequestContext } from '../kernel/context.js';
import { ConflictError, sqlState } from '../kernel/errors.js';
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
  { context, info },
  next,
): Promise<unknown> => {
  if (info.parentType.name !== 'Mutation' || info.path.prev !== undefined) {
    const result: unknown = await next();
    return result;
  }
  const scope = new AuditScope(info.fieldName);
  const requestEm = context.em;
  try {
    const result = await runInAuditScope<unknown>(scope, () =>
      requestEm.transactional(async (tx): Promise<unknown> => {
        context.em = tx;
        try {
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
    await requestEm.fork().transactional(async (tx) => {
      for (const effect of scope.onFailure) await effect(tx);
      scope.changes.length = 0;
      await writeScope(tx, context, scope, outcome, code);
    });
    throw err;
  }
};
