import { authenticated, parentRule, roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { ALL_ROLES, Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';
import { AppointmentStatus } from './appointment-status.js';

const { ADMIN, DOCTOR, MANAGER, NURSE, PATIENT, RECEPTIONIST } = Role;

/** Roles that see every agenda. */
export const AGENDA_READERS: readonly Role[] = [RECEPTIONIST, DOCTOR, NURSE, ADMIN];

/** Whether the caller sees an appointment of this patient: agenda readers all, a patient theirs. */
export function seesAppointmentOf(viewer: Viewer, patientId: string | undefined): boolean {
  if (viewer.role === PATIENT) return patientId !== undefined && patientId === viewer.patientId;
  return AGENDA_READERS.includes(viewer.role);
}

/** Whether the account is a doctor's: doctors act on their own agenda only. */
export function isPractitionerAccount(viewer: { role: Role }): boolean {
  return viewer.role === DOCTOR;
}

/** Whether a user account may hold a practitioner profile. */
export function mayBePractitioner(role: Role): boolean {
  return role === DOCTOR;
}

/** Whether the caller manages every practitioner's agenda (the front desk and admins). */
export function managesEveryAgenda(viewer: { role: Role }): boolean {
  return viewer.role === RECEPTIONIST || viewer.role === ADMIN;
}

/**
 * Staff who keep their own weekly working hours (R18): every staff role but the doctor, whose
 * week is his consultation sessions.
 */
export const HOURS_KEEPERS: readonly Role[] = ALL_ROLES.filter(
  (r) => r !== PATIENT && r !== DOCTOR,
);

/** Whether an account keeps weekly working hours. */
export function keepsWorkingHours(role: Role): boolean {
  return HOURS_KEEPERS.includes(role);
}

/** Who reads and sets anyone's working hours: the managers and administrators. */
export const HOURS_MANAGERS: readonly Role[] = [MANAGER, ADMIN];

/** Who receives the list of patients to call when a practitioner is absent (R4). */
export const CALL_LIST_RECIPIENTS: readonly Role[] = [RECEPTIONIST];

/** Who may make each status change, besides the lifecycle itself. */
const STATUS_CHANGERS: Partial<Record<AppointmentStatus, readonly Role[]>> = {
  [AppointmentStatus.CONFIRMED]: [RECEPTIONIST, PATIENT],
  [AppointmentStatus.CHECKED_IN]: [RECEPTIONIST],
  [AppointmentStatus.IN_PROGRESS]: [DOCTOR, RECEPTIONIST],
  [AppointmentStatus.COMPLETED]: [DOCTOR],
  [AppointmentStatus.NO_SHOW]: [RECEPTIONIST, DOCTOR],
};

/** Whether the caller may move an appointment to this status (the lifecycle decides the rest). */
export function changesStatusTo(viewer: Viewer, to: AppointmentStatus): boolean {
  return STATUS_CHANGERS[to]?.includes(viewer.role) ?? false;
}
const agendaReaders = roles(...AGENDA_READERS);
const agendaOrPatient = roles(...AGENDA_READERS, PATIENT);
const agendaManagers = roles(ADMIN, RECEPTIONIST, DOCTOR);
const bookers = roles(PATIENT, RECEPTIONIST, DOCTOR, ADMIN);
const reception = roles(RECEPTIONIST);
const doctor = roles(DOCTOR);
const doctorOrReception = roles(DOCTOR, RECEPTIONIST);
const waitlisters = roles(PATIENT, RECEPTIONIST);
const hoursKeepers = roles(...HOURS_KEEPERS);
const hoursManagers = roles(...HOURS_MANAGERS);

/** An appointment is visible to agenda readers, and to its own patient. */
const appointmentVisible = parentRule('appointment:visible', (ctx, parent) => {
  const p = parent as { patient?: { id?: string } } | null;
  return ctx.viewer !== null && seesAppointmentOf(ctx.viewer, p?.patient?.id);
});

export const schedulingRules: RuleMap = {
  Query: {
    specialties: authenticated,
    practitioners: authenticated,
    practitioner: authenticated,
    availableSlots: authenticated,
    myPractitionerProfile: doctor,
    availabilityExceptions: agendaReaders,
    appointments: agendaOrPatient,
    appointment: agendaOrPatient,
    visitHistory: roles(RECEPTIONIST, DOCTOR, NURSE, PATIENT),
    dayBoard: agendaReaders,
    waitlist: waitlisters,
    myWorkingHours: hoursKeepers,
    staffWorkingHours: hoursManagers,
    staffHours: hoursManagers,
    staffHoursRoster: hoursManagers,
  },
  Mutation: {
    upsertPractitioner: roles(ADMIN),
    updateMyPractitionerProfile: doctor,
    setWeeklyAvailability: agendaManagers,
    addAvailabilityException: agendaManagers,
    removeAvailabilityException: agendaManagers,
    bookAppointment: bookers,
    rescheduleAppointment: bookers,
    cancelAppointment: bookers,
    confirmAppointment: roles(PATIENT, RECEPTIONIST),
    checkInAppointment: reception,
    startAppointment: doctorOrReception,
    completeAppointment: doctor,
    markNoShow: doctorOrReception,
    reportDelay: doctorOrReception,
    cancelPractitionerDay: doctorOrReception,
    requestWaitlist: waitlisters,
    cancelWaitlistRequest: waitlisters,
    acceptWaitlistOffer: waitlisters,
    setMyWorkingHours: hoursKeepers,
    setStaffWorkingHours: hoursManagers,
  },
  Subscription: { appointmentChanged: agendaOrPatient },
  Specialty: authenticated,
  Practitioner: authenticated,
  PractitionerConnection: authenticated,
  PractitionerEdge: authenticated,
  PractitionerSlots: authenticated,
  Slot: authenticated,
  AvailabilitySession: authenticated,
  AvailabilityException: agendaReaders,
  Appointment: appointmentVisible,
  AppointmentConnection: agendaOrPatient,
  AppointmentEdge: agendaOrPatient,
  AppointmentEvent: agendaOrPatient,
  PractitionerDay: agendaReaders,
  PatientToCall: doctorOrReception,
  WaitlistRequest: waitlisters,
  WaitlistOffer: waitlisters,
  WorkingHoursSpan: hoursKeepers,
  StaffHours: hoursManagers,
  StaffHoursConnection: hoursManagers,
  StaffHoursEdge: hoursManagers,
};
