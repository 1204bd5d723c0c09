import { registerEnumType } from 'type-graphql';

/** How the patient came to the department. */
export enum ArrivalMode {
  WALK_IN = 'WALK_IN',
  AMBULANCE = 'AMBULANCE',
  /** SMUR (French mobile intensive care unit) or another emergency medical service. */
  SMUR = 'SMUR',
  POLICE = 'POLICE',
  FIRE_BRIGADE = 'FIRE_BRIGADE',
}

/**
 * The FRENCH triage levels (SFMU, 2018): 1 most urgent to 5 least; level 3 split into 3A and 3B.
 * Targets to medical contact live in `triage-scale.ts`.
 */
export enum TriageLevel {
  L1 = 'L1',
  L2 = 'L2',
  L3A = 'L3A',
  L3B = 'L3B',
  L4 = 'L4',
  L5 = 'L5',
}

/** Where a case stands in the department. */
export enum EmergencyStatus {
  /** Registered, not yet triaged. */
  WAITING = 'WAITING',
  /** The triage nurse is with the patient. */
  IN_TRIAGE = 'IN_TRIAGE',
  WAITING_FOR_DOCTOR = 'WAITING_FOR_DOCTOR',
  WITH_DOCTOR = 'WITH_DOCTOR',
  /** Seen; waiting for results, an opinion or a bed before the decision. */
  AWAITING_DECISION = 'AWAITING_DECISION',
  CLOSED = 'CLOSED',
}

/** Where in the department the patient is. */
export enum EmergencyArea {
  WAITING_ROOM = 'WAITING_ROOM',
  BOX = 'BOX',
  CORRIDOR = 'CORRIDOR',
  RESUS = 'RESUS',
}

/** How a case ended. */
export enum EmergencyOutcome {
  DISCHARGED = 'DISCHARGED',
  ADMITTED = 'ADMITTED',
  TRANSFERRED = 'TRANSFERRED',
  LEFT_WITHOUT_BEING_SEEN = 'LEFT_WITHOUT_BEING_SEEN',
  DECEASED = 'DECEASED',
}

/**
 * Chief complaints, coded (the PWA names them in French and English); free text completes them.
 * A short list after the FRENCH's chapters, enough to count arrivals by reason.
 */
export enum ChiefComplaint {
  CHEST_PAIN = 'CHEST_PAIN',
  BREATHLESSNESS = 'BREATHLESSNESS',
  CARDIAC_ARREST = 'CARDIAC_ARREST',
  PALPITATIONS = 'PALPITATIONS',
  STROKE_SIGNS = 'STROKE_SIGNS',
  SEIZURE = 'SEIZURE',
  ALTERED_CONSCIOUSNESS = 'ALTERED_CONSCIOUSNESS',
  HEADACHE = 'HEADACHE',
  ABDOMINAL_PAIN = 'ABDOMINAL_PAIN',
  VOMITING_DIARRHOEA = 'VOMITING_DIARRHOEA',
  GI_BLEEDING = 'GI_BLEEDING',
  FEVER = 'FEVER',
  ALLERGIC_REACTION = 'ALLERGIC_REACTION',
  MAJOR_TRAUMA = 'MAJOR_TRAUMA',
  HEAD_INJURY = 'HEAD_INJURY',
  LIMB_INJURY = 'LIMB_INJURY',
  WOUND = 'WOUND',
  BURN = 'BURN',
  BACK_PAIN = 'BACK_PAIN',
  URINARY = 'URINARY',
  PREGNANCY = 'PREGNANCY',
  POISONING = 'POISONING',
  PSYCHIATRIC = 'PSYCHIATRIC',
  SKIN = 'SKIN',
  EYE = 'EYE',
  ENT = 'ENT',
  MALAISE = 'MALAISE',
  OTHER = 'OTHER',
}

registerEnumType(ArrivalMode, { name: 'ArrivalMode', description: 'How the patient arrived.' });
registerEnumType(TriageLevel, {
  name: 'TriageLevel',
  description: 'FRENCH triage level (SFMU 2018): L1 most urgent, L5 least.',
});
registerEnumType(EmergencyStatus, {
  name: 'EmergencyStatus',
  description: 'Where an emergency case stands.',
});
registerEnumType(EmergencyArea, {
  name: 'EmergencyArea',
  description: 'Where in the department the patient is.',
});
registerEnumType(EmergencyOutcome, {
  name: 'EmergencyOutcome',
  description: 'How an emergency case ended.',
});
registerEnumType(ChiefComplaint, {
  name: 'ChiefComplaint',
  description: 'Coded chief complaint (named by the PWA in French and English).',
});
