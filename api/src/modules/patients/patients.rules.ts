import { parentRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

/** Staff roles that may read a patient's identity. */
const IDENTITY_READERS: readonly Role[] = [
  Role.ADMIN,
  Role.RECEPTIONIST,
  Role.DOCTOR,
  Role.NURSE,
  Role.LAB_TECHNICIAN,
  Role.PHARMACIST,
  Role.CASHIER,
];

function ownOrStaff(ctx: Parameters<Parameters<typeof parentRule>[1]>[0], parent: unknown) {
  const id = parent && typeof parent === 'object' && 'id' in parent ? parent.id : undefined;
  if (ctx.viewer) {
    if (ctx.viewer.role === Role.PATIENT) return ctx.viewer.patientId === id;
    return IDENTITY_READERS.includes(ctx.viewer.role);
  }
  // The answer to registerPatient shows the record just created to its owner.
  return ctx.authenticatedUserId !== undefined;
}

const ownOrStaffRule = parentRule('patient:ownOrStaff', ownOrStaff);

export const patientRules: RuleMap = {
  Patient: { '*': ownOrStaffRule, phone: ownOrStaffRule, email: ownOrStaffRule },
};
