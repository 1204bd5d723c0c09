export { Bed, Room, Ward } from './ward.entity.js';
export { Admission, BedReservation, BedStay, CareTeamMember } from './admission.entity.js';
export { NurseAssignment } from './nurse-assignment.entity.js';
export {
  AdmissionSource,
  AdmissionStatus,
  BedCondition,
  BedStatus,
  DischargeDestination,
  RoomKind,
  SexPolicy,
  Shift,
} from './wards-enums.js';
export {
  AdmissionResolver,
  BedStayResolver,
  RoomResolver,
  WardsResolver,
} from './wards.resolver.js';
export { wardsRules, WARDS_SENSITIVE_FIELDS } from './wards.rules.js';
export { wardCareScope } from './care.service.js';
export { myPatients, myRound, type InpatientListRead } from './board.service.js';
export { admitPatient } from './admissions.service.js';
export { InpatientRow } from './wards.types.js';
export { shiftAt, shiftBounds } from './shifts.js';
export type { AdmissionFact } from './wards.events.js';
