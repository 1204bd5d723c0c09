import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

const admin = roles(Role.ADMIN);

export const auditRules: RuleMap = {
  Query: { auditEvents: admin, accessRefusals: admin },
  ActorRefusals: admin,
  AuditEvent: admin,
  AuditEventConnection: admin,
  AuditEventEdge: admin,
};
