import { parentRule, roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';

const { ADMIN, DOCTOR, MANAGER, NURSE, PATIENT, RECEPTIONIST } = Role;

/** Who sees the department's queue (a manager without clinical notes or patients' names). */
const QUEUE_READERS = [NURSE, DOCTOR, RECEPTIONIST, MANAGER];
/** Who opens a case's screen: the department's staff, and a patient their own visits. */
const CASE_READERS = [NURSE, DOCTOR, RECEPTIONIST, PATIENT];
/** Who reads what is clinical in a case: the triage nurse's and the doctor's words. */
const CLINICIANS = [NURSE, DOCTOR];
/** Who sees the department's figures. */
const FIGURE_READERS = [MANAGER, ADMIN];

/** Accounts that may take a case as its doctor. */
export const EMERGENCY_DOCTOR_ROLES: readonly Role[] = [DOCTOR];

const queueReaders = roles(...QUEUE_READERS);
const caseReaders = roles(...CASE_READERS);
const clinicians = roles(...CLINICIANS);

/** A case's clinical words: the clinicians, and the patient of their own case. */
const caseClinical = parentRule('emergency:clinical', (ctx, parent) => {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === PATIENT) {
    const c = parent as { patient?: { id?: string } } | null;
    return c?.patient?.id !== undefined && c.patient.id === viewer.patientId;
  }
  return CLINICIANS.includes(viewer.role);
});

export const emergencyRules: RuleMap = {
  Query: {
    emergencyQueue: queueReaders,
    emergencyCase: caseReaders,
    myEmergencyVisits: roles(PATIENT),
    emergencyFigures: roles(...FIGURE_READERS),
  },
  Mutation: {
    registerEmergencyArrival: roles(NURSE, RECEPTIONIST),
    triageEmergencyCase: roles(NURSE),
    moveEmergencyCase: clinicians,
    takeEmergencyCase: roles(...EMERGENCY_DOCTOR_ROLES),
    closeEmergencyCase: roles(...EMERGENCY_DOCTOR_ROLES),
    amendEmergencyCase: clinicians,
  },
  Subscription: { emergencyQueueChanged: queueReaders },
  EmergencyQueue: queueReaders,
  EmergencyQueueEvent: queueReaders,
  EmergencyQueueRow: {
    '*': queueReaders,
    complaintText: clinicians,
    news2Score: clinicians,
    news2Risk: clinicians,
  },
  EmergencyWait: roles(...QUEUE_READERS, PATIENT),
  EmergencyCase: {
    '*': caseReaders,
    complaintText: caseClinical,
    outcomeNote: caseClinical,
    identityDescription: roles(NURSE, DOCTOR, RECEPTIONIST),
    triages: caseClinical,
    amendments: caseClinical,
  },
  EmergencyTriage: {
    '*': roles(NURSE, DOCTOR, PATIENT),
    note: clinicians,
  },
  EmergencyAmendment: roles(NURSE, DOCTOR, PATIENT),
  EmergencyFigures: roles(...FIGURE_READERS),
  HourCount: roles(...FIGURE_READERS),
  OutcomeCount: roles(...FIGURE_READERS),
};

/** Clinical fields that must carry a rule of their own. */
export const EMERGENCY_SENSITIVE_FIELDS = [
  'EmergencyCase.complaintText',
  'EmergencyCase.outcomeNote',
  'EmergencyCase.identityDescription',
  'EmergencyCase.triages',
  'EmergencyCase.amendments',
  'EmergencyQueueRow.complaintText',
  'EmergencyQueueRow.news2Score',
  'EmergencyQueueRow.news2Risk',
  'EmergencyTriage.note',
];
