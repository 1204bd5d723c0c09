import { registerEnumType } from 'type-graphql';

export enum AppointmentStatus {
  SCHEDULED = 'SCHEDULED',
  CONFIRMED = 'CONFIRMED',
  CHECKED_IN = 'CHECKED_IN',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED_PRACTITIONER_ABSENT = 'CANCELLED_PRACTITIONER_ABSENT',
}

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment is in its life.',
});

/** Statuses that no longer hold the practitioner's or the patient's time (R1). */
export const RELEASED: readonly AppointmentStatus[] = [
  AppointmentStatus.CANCELLED,
  AppointmentStatus.CANCELLED_PRACTITIONER_ABSENT,
];

/** Statuses that can still be moved, delayed or cancelled. */
export const OPEN: readonly AppointmentStatus[] = [
  AppointmentStatus.SCHEDULED,
  AppointmentStatus.CONFIRMED,
];

const NEXT: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  SCHEDULED: [
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.CHECKED_IN,
    AppointmentStatus.CANCELLED,
    AppointmentStatus.NO_SHOW,
    AppointmentStatus.CANCELLED_PRACTITIONER_ABSENT,
  ],
  CONFIRMED: [
    AppointmentStatus.CHECKED_IN,
    AppointmentStatus.CANCELLED,
    AppointmentStatus.NO_SHOW,
    AppointmentStatus.CANCELLED_PRACTITIONER_ABSENT,
  ],
  CHECKED_IN: [AppointmentStatus.IN_PROGRESS, AppointmentStatus.CANCELLED],
  IN_PROGRESS: [AppointmentStatus.COMPLETED],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
  CANCELLED_PRACTITIONER_ABSENT: [],
};

/** The lifecycle SCHEDULED → CONFIRMED → CHECKED_IN → IN_PROGRESS → COMPLETED, or an exit. */
export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return NEXT[from].includes(to);
}
