import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

/** Who reads the outbox: administrators, who answer "I never got the mail". */
const admin = roles(Role.ADMIN);

export const mailRules: RuleMap = {
  Query: { mailOutbox: admin },
  MailOutboxEntry: admin,
  MailOutboxConnection: admin,
  MailOutboxEdge: admin,
};
