import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentAuditScope } from '../../kernel/audit-scope.js';

function patientIdOf(entityName: string, entity: object): string | undefined {
  if (entityName === 'Patient' && 'id' in entity && typeof entity.id === 'string') return entity.id;
  if ('patient' in entity) {
    const p = entity.patient;
    if (p && typeof p === 'object' && 'id' in p && typeof p.id === 'string') return p.id;
  }
  return undefined;
}

/**
 * Records every entity change of a flush into the running mutation's audit scope, so that the
 * audit row lists what changed without any resolver having to remember to say so.
 */
export class AuditChangesSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const scope = currentAuditScope();
    if (!scope) return;
    for (const cs of args.uow.getChangeSets()) {
      const name = cs.meta.className;
      if (name === 'AuditEvent') continue;
      const op =
        cs.type === ChangeSetType.CREATE
          ? 'create'
          : cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY
            ? 'delete'
            : 'update';
      const id = cs.getSerializedPrimaryKey() ?? '';
      scope.changes.push({ entity: name, id, op, fields: Object.keys(cs.payload) });
      const patientId = patientIdOf(name, cs.entity);
      if (patientId && !scope.patientId) scope.patientId = patientId;
    }
  }
}
