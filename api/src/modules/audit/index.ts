export { AuditEvent, AuditOutcome } from './audit-event.entity.js';
export { AuditResolver } from './audit.resolver.js';
export { auditRules } from './audit.rules.js';
export { AuditChangesSubscriber } from './audit.subscriber.js';
export {
  verifyAuditChain,
  writeAuditEvent,
  writeScope,
  type ChainReport,
} from './audit.service.js';
