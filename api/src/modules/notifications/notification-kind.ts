import { registerEnumType } from 'type-graphql';

/**
 * What a notification tells. The server stores the kind and its parameters, never a sentence:
 * the PWA writes the message in the reader's language (`renderNotification`).
 */
export enum NotificationKind {
  APPOINTMENT_BOOKED = 'APPOINTMENT_BOOKED',
  APPOINTMENT_MOVED = 'APPOINTMENT_MOVED',
  APPOINTMENT_CANCELLED = 'APPOINTMENT_CANCELLED',
  APPOINTMENT_DELAYED = 'APPOINTMENT_DELAYED',
  APPOINTMENT_CANCELLED_PRACTITIONER = 'APPOINTMENT_CANCELLED_PRACTITIONER',
  PATIENTS_TO_CALL = 'PATIENTS_TO_CALL',
  WAITLIST_OFFER = 'WAITLIST_OFFER',
  NEWS2_MEDIUM = 'NEWS2_MEDIUM',
  NEWS2_HIGH = 'NEWS2_HIGH',
  LAB_RESULT = 'LAB_RESULT',
  LAB_RESULT_CRITICAL = 'LAB_RESULT_CRITICAL',
  LOT_RECALLED = 'LOT_RECALLED',
  STOCK_ALERTS = 'STOCK_ALERTS',
  EMERGENCY_ACCESS_OPENED = 'EMERGENCY_ACCESS_OPENED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells; its `params` hold what the message needs.',
  valuesConfig: {
    APPOINTMENT_BOOKED: {
      description: 'An appointment was booked for the patient: `startsAt`, `practitionerName`.',
    },
    APPOINTMENT_MOVED: {
      description:
        'The patient’s appointment was moved: `startsAt`, `previousStartsAt`, `practitionerName`.',
    },
    APPOINTMENT_CANCELLED: {
      description: 'The patient’s appointment was cancelled: `startsAt`, `practitionerName`.',
    },
    APPOINTMENT_DELAYED: {
      description:
        'The practitioner runs late (R3): `startsAt`, `previousStartsAt`, `delayMinutes`, `practitionerName`.',
    },
    APPOINTMENT_CANCELLED_PRACTITIONER: {
      description:
        'The practitioner is absent (R4); reception will call: `startsAt`, `practitionerName`.',
    },
    PATIENTS_TO_CALL: {
      description:
        'Reception has patients to call after an absence (R4): `count`, `practitionerName`.',
    },
    WAITLIST_OFFER: {
      description:
        'An earlier slot is offered from the waiting list: `startsAt`, `expiresAt`, `practitionerName`.',
    },
    NEWS2_MEDIUM: {
      description: 'Vital signs scored a medium NEWS2: `patientId`, `patientName`, `score`.',
    },
    NEWS2_HIGH: {
      description: 'Vital signs scored a high NEWS2: `patientId`, `patientName`, `score`.',
    },
    LAB_RESULT: {
      description:
        'A result of an ordered test: `patientId`, `patientName`, `testNameFr`, `testNameEn`, `valueNumeric`, `valueText`, `unit`, `flag`, `corrected`.',
    },
    LAB_RESULT_CRITICAL: {
      description: 'A critical result of an ordered test; parameters as `LAB_RESULT`.',
    },
    LOT_RECALLED: {
      description:
        'A lot your inpatient received was recalled: `patientId`, `patientName`, `lotId`, `lotNumber`, `itemNameFr`, `itemNameEn`, `reason`.',
    },
    STOCK_ALERTS: {
      description:
        'New stock alerts for the pharmacy: `belowReorderLevel`, `expiring`, `expiredOnHand` (counts).',
    },
    EMERGENCY_ACCESS_OPENED: {
      description:
        'A clinician broke the glass, to review: `accessId`, `patientName`, `clinicianName`, `expiresAt`.',
    },
  },
});

/** An appointment as its patient reads about it; instants are ISO strings. */
type AppointmentParams = { startsAt: string; practitionerName: string };

type News2Params = { patientId: string; patientName: string; score: number };

type LabResultParams = {
  patientId: string;
  patientName: string;
  testNameFr: string;
  testNameEn: string;
  valueNumeric: number | null;
  valueText: string | null;
  unit: string | null;
  /** The result's flag (`NORMAL`, `CRITICAL_HIGH`, …). */
  flag: string;
  /** It replaces an earlier result of the same order. */
  corrected: boolean;
};

/**
 * The parameters of each kind: only what the PWA needs to write the message (no sentence, no
 * clinical detail beyond it). Rows written before kinds had parameters hold `{ title, body }`.
 */
export type NotificationParams = {
  [NotificationKind.APPOINTMENT_BOOKED]: AppointmentParams;
  [NotificationKind.APPOINTMENT_MOVED]: AppointmentParams & { previousStartsAt: string };
  [NotificationKind.APPOINTMENT_CANCELLED]: AppointmentParams;
  [NotificationKind.APPOINTMENT_DELAYED]: AppointmentParams & {
    previousStartsAt: string;
    delayMinutes: number;
  };
  [NotificationKind.APPOINTMENT_CANCELLED_PRACTITIONER]: AppointmentParams;
  [NotificationKind.PATIENTS_TO_CALL]: { count: number; practitionerName: string };
  [NotificationKind.WAITLIST_OFFER]: AppointmentParams & { expiresAt: string };
  [NotificationKind.NEWS2_MEDIUM]: News2Params;
  [NotificationKind.NEWS2_HIGH]: News2Params;
  [NotificationKind.LAB_RESULT]: LabResultParams;
  [NotificationKind.LAB_RESULT_CRITICAL]: LabResultParams;
  [NotificationKind.LOT_RECALLED]: {
    patientId: string;
    patientName: string;
    lotId: string;
    lotNumber: string;
    itemNameFr: string;
    itemNameEn: string;
    reason: string;
  };
  [NotificationKind.STOCK_ALERTS]: {
    belowReorderLevel: number;
    expiring: number;
    expiredOnHand: number;
  };
  [NotificationKind.EMERGENCY_ACCESS_OPENED]: {
    accessId: string;
    patientName: string;
    clinicianName: string;
    expiresAt: string;
  };
};
