import { registerEnumType } from 'type-graphql';

export enum EncounterKind {
  CONSULTATION = 'CONSULTATION',
  WARD_ROUND = 'WARD_ROUND',
  EMERGENCY = 'EMERGENCY',
  TELECONSULTATION = 'TELECONSULTATION',
  /** An inpatient stay, opened by the admission and closed by the discharge. */
  INPATIENT = 'INPATIENT',
}

export enum EncounterStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

export enum DiagnosisRank {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
}

export enum DiagnosisStatus {
  ACTIVE = 'ACTIVE',
  RESOLVED = 'RESOLVED',
}

export enum MedicationRoute {
  ORAL = 'ORAL',
  SUBLINGUAL = 'SUBLINGUAL',
  IV = 'IV',
  IM = 'IM',
  SC = 'SC',
  INHALED = 'INHALED',
  TOPICAL = 'TOPICAL',
  RECTAL = 'RECTAL',
  TRANSDERMAL = 'TRANSDERMAL',
  OPHTHALMIC = 'OPHTHALMIC',
  NASAL = 'NASAL',
  OTHER = 'OTHER',
}

export enum PrescriptionStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}

/** ACVPU: alert, new confusion, responds to voice, to pain, unresponsive (NEWS2). */
export enum Consciousness {
  ALERT = 'ALERT',
  CONFUSION = 'CONFUSION',
  VOICE = 'VOICE',
  PAIN = 'PAIN',
  UNRESPONSIVE = 'UNRESPONSIVE',
}

/** NEWS2 clinical risk bands (RCP 2017, chart 2). */
export enum News2Risk {
  LOW = 'LOW',
  LOW_MEDIUM = 'LOW_MEDIUM',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum CareNoteCategory {
  OBSERVATION = 'OBSERVATION',
  HYGIENE = 'HYGIENE',
  NUTRITION = 'NUTRITION',
  MOBILITY = 'MOBILITY',
  WOUND_CARE = 'WOUND_CARE',
  ELIMINATION = 'ELIMINATION',
  PAIN = 'PAIN',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  EDUCATION = 'EDUCATION',
  HANDOVER = 'HANDOVER',
  OTHER = 'OTHER',
}

export enum AdministrationStatus {
  GIVEN = 'GIVEN',
  HELD = 'HELD',
  REFUSED = 'REFUSED',
  MISSED = 'MISSED',
}

/** State of one scheduled dose on the administration record. */
export enum DoseState {
  DUE = 'DUE',
  LATE = 'LATE',
  GIVEN = 'GIVEN',
  HELD = 'HELD',
  REFUSED = 'REFUSED',
  MISSED = 'MISSED',
}

export enum LabPriority {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
}

export enum LabOrderStatus {
  ORDERED = 'ORDERED',
  SPECIMEN_COLLECTED = 'SPECIMEN_COLLECTED',
  RESULTED = 'RESULTED',
  VALIDATED = 'VALIDATED',
  CANCELLED = 'CANCELLED',
}

export enum ResultFlag {
  NORMAL = 'NORMAL',
  LOW = 'LOW',
  HIGH = 'HIGH',
  CRITICAL_LOW = 'CRITICAL_LOW',
  CRITICAL_HIGH = 'CRITICAL_HIGH',
  ABNORMAL = 'ABNORMAL',
}

/** Every kind of entry of the clinical record; names the target of a correction. */
export enum ClinicalEntryKind {
  ENCOUNTER = 'ENCOUNTER',
  DIAGNOSIS = 'DIAGNOSIS',
  PRESCRIPTION = 'PRESCRIPTION',
  VITALS = 'VITALS',
  CARE_NOTE = 'CARE_NOTE',
  ADMINISTRATION = 'ADMINISTRATION',
  LAB_ORDER = 'LAB_ORDER',
  LAB_RESULT = 'LAB_RESULT',
  ATTACHMENT = 'ATTACHMENT',
}

registerEnumType(EncounterKind, { name: 'EncounterKind', description: 'Kind of visit.' });
registerEnumType(EncounterStatus, { name: 'EncounterStatus', description: 'Open or completed.' });
registerEnumType(DiagnosisRank, { name: 'DiagnosisRank', description: 'Primary or secondary.' });
registerEnumType(DiagnosisStatus, {
  name: 'DiagnosisStatus',
  description: 'Whether the problem is still active.',
});
registerEnumType(MedicationRoute, { name: 'MedicationRoute', description: 'Route of a drug.' });
registerEnumType(PrescriptionStatus, {
  name: 'PrescriptionStatus',
  description: 'Active, completed (end reached) or stopped.',
});
registerEnumType(Consciousness, { name: 'Consciousness', description: 'ACVPU level.' });
registerEnumType(News2Risk, { name: 'News2Risk', description: 'NEWS2 clinical risk band.' });
registerEnumType(CareNoteCategory, {
  name: 'CareNoteCategory',
  description: 'What a care note is about.',
});
registerEnumType(AdministrationStatus, {
  name: 'AdministrationStatus',
  description: 'What happened to a dose.',
});
registerEnumType(DoseState, { name: 'DoseState', description: 'State of a scheduled dose.' });
registerEnumType(LabPriority, { name: 'LabPriority', description: 'Routine or urgent.' });
registerEnumType(LabOrderStatus, {
  name: 'LabOrderStatus',
  description: 'Ordered → specimen collected → resulted → validated, or cancelled.',
});
registerEnumType(ResultFlag, {
  name: 'ResultFlag',
  description: 'Result against its reference range.',
});
registerEnumType(ClinicalEntryKind, {
  name: 'ClinicalEntryKind',
  description: 'Kind of clinical record entry.',
});
