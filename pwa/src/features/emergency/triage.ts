import {
  alertCircle,
  ellipseOutline,
  helpCircleOutline,
  radioButtonOn,
  removeCircleOutline,
  warning,
} from 'ionicons/icons';
import type {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyOutcome,
  EmergencyStatus,
  TriageLevel,
} from '../../gql/graphql';

/** The FRENCH scale (SFMU 2018), most urgent first, as the API ranks it. */
export const TRIAGE_LEVELS: readonly TriageLevel[] = ['L1', 'L2', 'L3A', 'L3B', 'L4', 'L5'];

/**
 * Longest wait before a doctor at each level, in minutes (the API's `TRIAGE_SCALE`); the queue's
 * rows carry the target the server applied, this is for the level picker's words.
 */
export const TARGET_MINUTES: Readonly<Record<TriageLevel, number>> = {
  L1: 0,
  L2: 20,
  L3A: 60,
  L3B: 90,
  L4: 120,
  L5: 240,
};

/** The house target for triage itself: an arrival waits at most this long for the nurse. */
export const TRIAGE_TARGET_MINUTES = 10;

/** A level's colour family; `none` is an arrival not triaged yet. */
export type LevelTone = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'none';

const TONE: Readonly<Record<TriageLevel, LevelTone>> = {
  L1: 'red',
  L2: 'orange',
  L3A: 'yellow',
  L3B: 'yellow',
  L4: 'green',
  L5: 'blue',
};

/**
 * How a level looks: its words (i18n key), its colour and a shape of its own, so that colour is
 * never the only signal (a grey-scale print or a colour-blind reader still tells 1 from 4).
 */
export function levelLook(level: TriageLevel | null | undefined): {
  key: `emergency.level.${TriageLevel | 'NONE'}`;
  tone: LevelTone;
  icon: string;
} {
  if (!level) return { key: 'emergency.level.NONE', tone: 'none', icon: helpCircleOutline };
  const icon =
    level === 'L1'
      ? alertCircle
      : level === 'L2'
        ? warning
        : level === 'L3A' || level === 'L3B'
          ? radioButtonOn
          : level === 'L4'
            ? ellipseOutline
            : removeCircleOutline;
  return { key: `emergency.level.${level}`, tone: TONE[level], icon };
}

/** The target a level promises, as an i18n key and its minutes. */
export function targetText(level: TriageLevel | null | undefined): {
  key: 'emergency.target.immediate' | 'emergency.target.minutes' | 'emergency.target.triage';
  n: number;
} {
  if (!level) return { key: 'emergency.target.triage', n: TRIAGE_TARGET_MINUTES };
  const n = TARGET_MINUTES[level];
  return n === 0
    ? { key: 'emergency.target.immediate', n }
    : { key: 'emergency.target.minutes', n };
}

export const ARRIVAL_MODES: readonly ArrivalMode[] = [
  'WALK_IN',
  'AMBULANCE',
  'SMUR',
  'FIRE_BRIGADE',
  'POLICE',
];

/** The coded complaints, the frequent ones first (the triage desk's grid reads top-down). */
export const CHIEF_COMPLAINTS: readonly ChiefComplaint[] = [
  'CHEST_PAIN',
  'BREATHLESSNESS',
  'ABDOMINAL_PAIN',
  'FEVER',
  'MALAISE',
  'HEADACHE',
  'LIMB_INJURY',
  'HEAD_INJURY',
  'WOUND',
  'BACK_PAIN',
  'VOMITING_DIARRHOEA',
  'PALPITATIONS',
  'ALTERED_CONSCIOUSNESS',
  'STROKE_SIGNS',
  'SEIZURE',
  'MAJOR_TRAUMA',
  'CARDIAC_ARREST',
  'GI_BLEEDING',
  'ALLERGIC_REACTION',
  'POISONING',
  'BURN',
  'PSYCHIATRIC',
  'PREGNANCY',
  'URINARY',
  'ENT',
  'EYE',
  'SKIN',
  'OTHER',
];

export const AREAS: readonly EmergencyArea[] = ['WAITING_ROOM', 'BOX', 'CORRIDOR', 'RESUS'];

export const OUTCOMES: readonly EmergencyOutcome[] = [
  'DISCHARGED',
  'ADMITTED',
  'TRANSFERRED',
  'LEFT_WITHOUT_BEING_SEEN',
  'DECEASED',
];

/**
 * The steps a case may be moved to by hand from where it stands (the API's `mayMove`; triage
 * and taking the case have their own actions, closing its own form).
 */
export function nextSteps(status: EmergencyStatus): EmergencyStatus[] {
  switch (status) {
    case 'WAITING':
      return ['IN_TRIAGE'];
    case 'WITH_DOCTOR':
      return ['AWAITING_DECISION'];
    case 'AWAITING_DECISION':
      return ['WITH_DOCTOR'];
    case 'IN_TRIAGE':
    case 'WAITING_FOR_DOCTOR':
    case 'CLOSED':
      return [];
  }
}
