import { authenticated, parentRule, roles, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import { AGENDA_READERS } from './access.js';

const { ADMIN, DOCTOR, NURSE, PATIENT, RECEPTIONIST } = Role;
const agendaReaders = roles(...AGENDA_READERS);
const agendaOrPatient = roles(...AGENDA_READERS, PATIENT);
const agendaManagers = roles(ADMIN, RECEPTIONIST, DOCTOR);
const bookers = roles(PATIENT, RECEPTIONIST, DOCTOR);
const reception = roles(RECEPTIONIST);
const doctor = roles(DOCTOR);
const doctorOrReception = roles(DOCTOR, RECEPTIONIST);
const waitlisters = roles(PATIENT, RECEPTIONIST);

/** An appointment is visible to agenda readers, and to its own patient. */
const appointmentVisible = parentRule('appointment:visible', (ctx, parent) => {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.role === PATIENT) {
    const p = parent as { patient?: { id?: string } } | null;
    return p?.patient?.id === v.patientId;
  }
  return AGENDA_READERS.includes(v.role);
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
};
