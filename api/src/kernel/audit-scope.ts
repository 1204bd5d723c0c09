import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface AuditChange {
  entity: string;
  id: string;
  op: 'create' | 'update' | 'delete';
  fields: string[];
}

/**
 * What one mutation did, gathered while it runs: the ORM flush subscriber adds every change,
 * services may name the target and the patient. The mutation pipeline turns it into exactly one
 * audit row, in the same transaction on success, in its own transaction on failure.
 */
export class AuditScope {
  readonly changes: AuditChange[] = [];
  target: { type: string; id: string } | undefined;
  patientId: string | undefined;
  actorId: string | undefined;
  actorRole: string | undefined;
  details: Record<string, unknown> = {};
  /** Work that must be committed even though the mutation fails (e.g. a failed-login count). */
  readonly onFailure: ((em: EntityManager) => Promise<void>)[] = [];
  /** Runs once the transaction committed: live events must never announce a rolled-back change. */
  readonly afterCommit: (() => void)[] = [];

  constructor(readonly action: string) {}

  setTarget(type: string, id: string, patientId?: string | null) {
    this.target = { type, id };
    if (patientId) this.patientId = patientId;
  }
}

const storage = new AsyncLocalStorage<AuditScope>();

export function runInAuditScope<T>(scope: AuditScope, fn: () => Promise<T>): Promise<T> {
  return storage.run(scope, fn);
}

export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}
