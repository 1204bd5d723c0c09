import type { EventContext } from '../../kernel/events.js';
import { NotificationKind, type NotificationParams } from './notification-kind.js';
import { notify } from './notifications.service.js';

/**
 * Subscribers of other modules' facts (wired in `app/events.ts`): each stores the notifications
 * of the people the publisher named, inside the publisher's transaction, so a notification
 * commits with the change it tells of or not at all. Each declares only what it reads of the
 * event; the compiler checks the wiring.
 */

/** An appointment its patient hears about. */
export interface AppointmentNews {
  practitionerName: string;
  startsAt: Date;
  /** Who the publisher's rules say must hear of it. */
  recipientUserIds: readonly string[];
  at: Date;
}

const APPOINTMENTS_LINK = '/appointments';

/** One notification per recipient of an appointment's news, leading to their appointments. */
function tellEach<K extends NotificationKind>(
  ctx: EventContext,
  e: AppointmentNews,
  kind: K,
  params: NotificationParams[K],
  urgent = false,
): Promise<void> {
  for (const userId of e.recipientUserIds) {
    notify(ctx.em, { userId, kind, params, urgent, link: APPOINTMENTS_LINK, at: e.at });
  }
  return Promise.resolve();
}

const appointment = (e: AppointmentNews) => ({
  startsAt: e.startsAt.toISOString(),
  practitionerName: e.practitionerName,
});

/** An appointment was booked: its patient is told when and with whom. */
export function notifyAppointmentBooked(e: AppointmentNews, ctx: EventContext): Promise<void> {
  return tellEach(ctx, e, NotificationKind.APPOINTMENT_BOOKED, appointment(e));
}

/** An appointment was moved: its patient is told the new time. */
export function notifyAppointmentMoved(
  e: AppointmentNews & { previousStartsAt: Date },
  ctx: EventContext,
): Promise<void> {
  return tellEach(ctx, e, NotificationKind.APPOINTMENT_MOVED, {
    ...appointment(e),
    previousStartsAt: e.previousStartsAt.toISOString(),
  });
}

/** An appointment was cancelled: its patient is told. */
export function notifyAppointmentCancelled(e: AppointmentNews, ctx: EventContext): Promise<void> {
  return tellEach(ctx, e, NotificationKind.APPOINTMENT_CANCELLED, appointment(e));
}

/** The practitioner runs late (R3): each moved appointment's patient gets the new time. */
export function notifyAppointmentDelayed(
  e: AppointmentNews & { previousStartsAt: Date },
  ctx: EventContext,
): Promise<void> {
  return tellEach(ctx, e, NotificationKind.APPOINTMENT_DELAYED, {
    ...appointment(e),
    previousStartsAt: e.previousStartsAt.toISOString(),
    delayMinutes: Math.round((e.startsAt.getTime() - e.previousStartsAt.getTime()) / 60_000),
  });
}

/**
 * A practitioner's appointments were cancelled for an absence (R4): each patient is told that
 * reception will call, and the call list's recipients get one urgent notice.
 */
export function notifyPractitionerDayCancelled(
  e: {
    practitionerName: string;
    appointments: readonly { startsAt: Date; recipientUserIds: readonly string[] }[];
    callListUserIds: readonly string[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  for (const a of e.appointments) {
    for (const userId of a.recipientUserIds) {
      notify(ctx.em, {
        userId,
        kind: NotificationKind.APPOINTMENT_CANCELLED_PRACTITIONER,
        params: { startsAt: a.startsAt.toISOString(), practitionerName: e.practitionerName },
        link: APPOINTMENTS_LINK,
        at: e.at,
      });
    }
  }
  for (const userId of e.callListUserIds) {
    notify(ctx.em, {
      userId,
      kind: NotificationKind.PATIENTS_TO_CALL,
      params: { count: e.appointments.length, practitionerName: e.practitionerName },
      urgent: true,
      link: '/reception',
      at: e.at,
    });
  }
  return Promise.resolve();
}

/** An earlier slot was offered from the waiting list: the patient must accept it in time. */
export function notifyWaitlistSlotOffered(
  e: AppointmentNews & { expiresAt: Date },
  ctx: EventContext,
): Promise<void> {
  return tellEach(
    ctx,
    e,
    NotificationKind.WAITLIST_OFFER,
    { ...appointment(e), expiresAt: e.expiresAt.toISOString() },
    true,
  );
}

/** Vital signs scored a medium or high NEWS2: the doctor named hears (urgently when high). */
export function notifyVitalsScoredAtRisk(
  e: {
    patientId: string;
    patientName: string;
    news2Score: number;
    risk: 'MEDIUM' | 'HIGH';
    recipientUserIds: readonly string[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  const high = e.risk === 'HIGH';
  for (const userId of e.recipientUserIds) {
    notify(ctx.em, {
      userId,
      kind: high ? NotificationKind.NEWS2_HIGH : NotificationKind.NEWS2_MEDIUM,
      params: { patientId: e.patientId, patientName: e.patientName, score: e.news2Score },
      urgent: high,
      link: `/patients/${e.patientId}`,
      at: e.at,
    });
  }
  return Promise.resolve();
}

/** A lab result was entered: the doctor who ordered it hears (urgently when critical). */
export function notifyLabResultEntered(
  e: {
    patientId: string;
    patientName: string;
    testNameFr: string;
    testNameEn: string;
    valueNumeric: number | null;
    valueText: string | null;
    unit: string | null;
    flag: string;
    critical: boolean;
    corrected: boolean;
    recipientUserIds: readonly string[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  for (const userId of e.recipientUserIds) {
    notify(ctx.em, {
      userId,
      kind: e.critical ? NotificationKind.LAB_RESULT_CRITICAL : NotificationKind.LAB_RESULT,
      params: {
        patientId: e.patientId,
        patientName: e.patientName,
        testNameFr: e.testNameFr,
        testNameEn: e.testNameEn,
        valueNumeric: e.valueNumeric,
        valueText: e.valueText,
        unit: e.unit,
        flag: e.flag,
        corrected: e.corrected,
      },
      urgent: e.critical,
      link: `/patients/${e.patientId}/labs`,
      at: e.at,
    });
  }
  return Promise.resolve();
}

/**
 * A lot was recalled: each doctor the pharmacy named hears, urgently, once per inpatient of theirs
 * who received it.
 */
export function notifyLotRecalled(
  e: {
    lotId: string;
    lotNumber: string;
    itemNameFr: string;
    itemNameEn: string;
    reason: string;
    patients: readonly {
      patientId: string;
      patientName: string;
      recipientUserIds: readonly string[];
    }[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  for (const p of e.patients) {
    for (const userId of p.recipientUserIds) {
      notify(ctx.em, {
        userId,
        kind: NotificationKind.LOT_RECALLED,
        params: {
          patientId: p.patientId,
          patientName: p.patientName,
          lotId: e.lotId,
          lotNumber: e.lotNumber,
          itemNameFr: e.itemNameFr,
          itemNameEn: e.itemNameEn,
          reason: e.reason,
        },
        urgent: true,
        link: `/patients/${p.patientId}`,
        at: e.at,
      });
    }
  }
  return Promise.resolve();
}

/** The stock alerts job found new alerts: each pharmacist named hears the counts. */
export function notifyStockAlertsRaised(
  e: {
    counts: { belowReorderLevel: number; expiring: number; expiredOnHand: number };
    recipientUserIds: readonly string[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  for (const userId of e.recipientUserIds) {
    notify(ctx.em, {
      userId,
      kind: NotificationKind.STOCK_ALERTS,
      params: { ...e.counts },
      link: '/pharmacy',
      at: e.at,
    });
  }
  return Promise.resolve();
}

/** A clinician broke the glass: each reviewer named hears who opened which record, until when. */
export function notifyEmergencyAccessOpened(
  e: {
    accessId: string;
    patientName: string;
    clinicianName: string;
    expiresAt: Date;
    recipientUserIds: readonly string[];
    at: Date;
  },
  ctx: EventContext,
): Promise<void> {
  for (const userId of e.recipientUserIds) {
    notify(ctx.em, {
      userId,
      kind: NotificationKind.EMERGENCY_ACCESS_OPENED,
      params: {
        accessId: e.accessId,
        patientName: e.patientName,
        clinicianName: e.clinicianName,
        expiresAt: e.expiresAt.toISOString(),
      },
      link: '/emergency-accesses',
      at: e.at,
    });
  }
  return Promise.resolve();
}
