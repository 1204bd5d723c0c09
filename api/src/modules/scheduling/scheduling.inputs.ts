import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../kernel/auth/roles.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Patient } from '../patients/index.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus } from './appointment-status.js';
import { ExceptionKind, Practitioner } from './practitioner.entity.js';
import { WorkingHoursSpan } from './working-hours.entity.js';

@InputType({ description: 'A practitioner profile, set by an administrator.' })
export class UpsertPractitionerInput implements Partial<Pick<Practitioner, 'bio' | 'languages'>> {
  @Field(() => ID, { description: 'The DOCTOR account.' })
  userId!: string;

  @Field(() => String, { description: 'Specialty code.' })
  specialty!: string;

  @Field(() => String, { nullable: true, description: 'Presentation for patients.' })
  bio?: string;

  @Field(() => [String], { nullable: true, description: 'Languages spoken.' })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Default consultation minutes.' })
  consultationMinutes?: number;

  @Field(() => Boolean, { nullable: true, description: 'Takes bookings.' })
  active?: boolean;
}

@InputType({ description: 'A doctor’s own profile changes.' })
export class UpdateMyPractitionerProfileInput implements Partial<
  Pick<Practitioner, 'bio' | 'languages'>
> {
  @Field(() => String, { nullable: true, description: 'Presentation for patients.' })
  bio?: string;

  @Field(() => [String], { nullable: true, description: 'Languages spoken.' })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Default consultation minutes.' })
  consultationMinutes?: number;
}

@InputType({ description: 'One weekly session.' })
export class SessionInput {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  weekday!: number;

  @Field(() => String, { description: 'Local start, HH:MM.' })
  startTime!: string;

  @Field(() => String, { description: 'Local end, HH:MM.' })
  endTime!: string;

  @Field(() => Int, { description: 'Slot length in minutes.' })
  slotMinutes!: number;
}

@InputType({ description: 'The whole weekly pattern of a practitioner (replaces the old one).' })
export class SetWeeklyAvailabilityInput {
  @Field(() => ID, { description: 'Practitioner.' })
  practitionerId!: string;

  @Field(() => [SessionInput], { description: 'Sessions; empty clears the week.' })
  sessions!: SessionInput[];
}

@InputType({ description: 'An absence or an extra session.' })
export class AddAvailabilityExceptionInput {
  @Field(() => ID, { description: 'Practitioner.' })
  practitionerId!: string;

  @Field(() => ExceptionKind, { description: 'Absence or extra session.' })
  kind!: ExceptionKind;

  @Field(() => GraphQLISODateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End.' })
  endsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Slot length of an extra session.' })
  slotMinutes?: number;

  @Field(() => String, { nullable: true, description: 'Why.' })
  reason?: string;
}

@InputType({ description: 'The exception to remove.' })
export class RemoveAvailabilityExceptionInput {
  @Field(() => ID, { description: 'Exception id.' })
  id!: string;
}

@InputType({ description: 'A booking.' })
export class BookAppointmentInput implements Pick<Appointment, 'reason'> {
  @Field(() => ID, { description: 'Patient (a patient books for themselves).' })
  patientId!: string;

  @Field(() => ID, { description: 'Practitioner.' })
  practitionerId!: string;

  @Field(() => GraphQLISODateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Length; defaults to the practitioner’s.' })
  durationMinutes?: number;

  @Field(() => String, { description: 'Reason for the visit.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required to book outside the sessions (reception or the doctor only).',
  })
  outsideSessionReason?: string;
}

@InputType({ description: 'A move to another time.' })
export class RescheduleAppointmentInput {
  @Field(() => ID, { description: 'Appointment.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'New start.' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'New length.' })
  durationMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Version read; a stale one answers CONFLICT.' })
  version?: number;

  @Field(() => String, { nullable: true, description: 'Reason to move outside the sessions.' })
  outsideSessionReason?: string;
}

@InputType({ description: 'A cancellation.' })
export class CancelAppointmentInput {
  @Field(() => ID, { description: 'Appointment.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'An appointment to move along its lifecycle.' })
export class AppointmentIdInput {
  @Field(() => ID, { description: 'Appointment.' })
  id!: string;
}

@InputType({ description: 'R3: the practitioner is running late.' })
export class ReportDelayInput {
  @Field(() => ID, { description: 'Practitioner.' })
  practitionerId!: string;

  @Field(() => Int, { description: 'Minutes late (1–240).' })
  minutes!: number;
}

@InputType({ description: 'R4: the practitioner cannot see anyone in this period.' })
export class CancelPractitionerDayInput {
  @Field(() => ID, { description: 'Practitioner.' })
  practitionerId!: string;

  @Field(() => GraphQLISODateTime, { description: 'From.' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'To.' })
  to!: Date;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@ObjectType({ description: 'A patient reception must call.' })
export class PatientToCall {
  @Field(() => Appointment, { description: 'The cancelled appointment.' })
  appointment!: Appointment;

  @Field(() => Patient, { description: 'The patient.' })
  patient!: Patient;

  @Field(() => String, { nullable: true, description: 'Phone number to call.' })
  phone!: string | null;
}

@InputType({ description: 'Which appointments.' })
export class AppointmentFilter {
  @Field(() => ID, { nullable: true, description: 'Of this practitioner.' })
  practitionerId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this patient.' })
  patientId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Starting from.' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Starting before.' })
  to?: Date;

  @Field(() => [AppointmentStatus], { nullable: true, description: 'In these statuses.' })
  statuses?: AppointmentStatus[];
}

@InputType({ description: 'A request for an earlier slot.' })
export class RequestWaitlistInput {
  @Field(() => ID, { description: 'Patient (a patient asks for themselves).' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'This practitioner…' })
  practitionerId?: string;

  @Field(() => String, { nullable: true, description: '…or anyone of this specialty.' })
  specialty?: string;

  @Field(() => LocalDate, { description: 'Earliest day.' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'Latest day.' })
  toDate!: string;

  @Field(() => String, { nullable: true, description: 'Reason for the visit.' })
  reason?: string;
}

@InputType({ description: 'A waitlist request or offer, by id.' })
export class WaitlistIdInput {
  @Field(() => ID, { description: 'Id.' })
  id!: string;
}

@ObjectType({ description: 'Free slots of one practitioner.' })
export class PractitionerSlots {
  @Field(() => Practitioner, { description: 'Practitioner.' })
  practitioner!: Practitioner;

  @Field(() => [Slot], { description: 'Free slots, earliest first.' })
  slots!: Slot[];
}

@ObjectType({ description: 'A free time slot.' })
export class Slot {
  @Field(() => GraphQLISODateTime, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End.' })
  endsAt!: Date;
}

@ObjectType({ description: 'One practitioner’s day.' })
export class PractitionerDay {
  @Field(() => Practitioner, { description: 'Practitioner.' })
  practitioner!: Practitioner;

  @Field(() => [Appointment], { description: 'Appointments of the day, by time.' })
  appointments!: Appointment[];
}

@ObjectType({ description: 'Something changed in an agenda.' })
export class AppointmentEvent {
  @Field(() => ID, { description: 'Appointment.' })
  appointmentId!: string;

  @Field(() => ID, { description: 'Practitioner whose agenda changed.' })
  practitionerId!: string;

  @Field(() => String, { description: 'What happened, e.g. BOOKED, MOVED, CHECKED_IN.' })
  kind!: string;

  patientId!: string;
}

@InputType({ description: 'A span of weekly working hours, in hospital time.' })
export class WorkingHoursSpanInput implements Pick<
  WorkingHoursSpan,
  'weekday' | 'startTime' | 'endTime'
> {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, HH:MM (24-hour).' })
  startTime!: string;

  @Field(() => String, { description: 'Local end time, HH:MM (24-hour; 24:00 ends at midnight).' })
  endTime!: string;
}

@InputType({ description: 'The caller’s whole working week; it replaces the previous one.' })
export class SetMyWorkingHoursInput {
  @Field(() => [WorkingHoursSpanInput], { description: 'Spans; empty clears the week.' })
  spans!: WorkingHoursSpanInput[];
}

@InputType({ description: 'A staff member’s whole working week, set by a manager or admin.' })
export class SetStaffWorkingHoursInput extends SetMyWorkingHoursInput {
  @Field(() => ID, { description: 'The staff member’s account.' })
  userId!: string;
}

/**
 * A staff member on the managers' roster, with their week (R18). Only what the roster shows:
 * never an email, a phone or an address.
 */
@ObjectType({ description: 'A staff member whose working hours are kept, with their week.' })
export class StaffHours {
  @Field(() => ID, { description: 'The staff member’s account.' })
  userId!: string;

  @Field(() => String, { description: 'Display name, family name in capitals (R7).' })
  displayName!: string;

  @Field(() => Role, { description: 'The account’s role.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Job title shown to colleagues.' })
  jobTitle!: string | null;

  @Field(() => [WorkingHoursSpan], { description: 'Weekly working hours, in week order.' })
  spans!: WorkingHoursSpan[];
}
