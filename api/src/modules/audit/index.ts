export { AuditEvent, AuditOutcome } from './audit-event.entity.js';
export { AuditBlock, AuditBlockKind } from './audit-block.entity.js';
export { AuditResolver } from './audit.resolver.js';
export { auditRules } from './audit.rules.js';
export { AuditChangesSubscriber } from './audit.subscriber.js';
export { auditSealJob, sealAuditBlocks, type SealResult } from './audit-seal.js';
export {
  auditOriginOf,
  verifyAuditTrail,
  writeAuditEvent,
  writeScope,
  type AuditProblem,
  type AuditReport,
} from './audit.service.js';
