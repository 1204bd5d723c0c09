import { roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

/** A patient's rights over their own record and account: theirs alone to exercise. */
const patient = roles(Role.PATIENT);

export const patientRightsRules: RuleMap = {
  Query: { myRecordExport: patient, myRecordPdf: patient },
  Mutation: { closeMyAccount: patient },
  RecordDocument: patient,
};
