import {
  Arg,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { Connection, fromCursor } from '../../kernel/graphql/connection.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Patient } from '../patients/index.js';
import { ownPractitioner } from './access.js';
import { seesAppointmentOf } from './scheduling.rules.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus } from './appointment-status.js';
import * as appointments from './appointments.service.js';
import { APPOINTMENT_TOPIC, type AppointmentChange } from './appointments.service.js';
import * as availability from './availability.service.js';
import { AvailabilityException, AvailabilitySession, Practitioner } from './practitioner.entity.js';
import * as practitioners from './practitioners.service.js';
import {
  AddAvailabilityExceptionInput,
  AppointmentEvent,
  AppointmentFilter,
  AppointmentIdInput,
  BookAppointmentInput,
  CancelAppointmentInput,
  CancelPractitionerDayInput,
  PatientToCall,
  PractitionerDay,
  PractitionerSlots,
  RemoveAvailabilityExceptionInput,
  ReportDelayInput,
  RequestWaitlistInput,
  RescheduleAppointmentInput,
  SetWeeklyAvailabilityInput,
  UpdateMyPractitionerProfileInput,
  UpsertPractitionerInput,
  WaitlistIdInput,
} from './scheduling.inputs.js';
import { Specialty, SPECIALTIES, specialtyOf } from './specialties.js';
import * as waitlist from './waitlist.service.js';
import { OfferStatus, WaitlistOffer, WaitlistRequest } from './waitlist.entity.js';

@ObjectType({ description: 'A page of practitioners.' })
export class PractitionerConnection extends Connection(Practitioner, 'Practitioner') {}

@ObjectType({ description: 'A page of appointments.' })
export class AppointmentConnection extends Connection(Appointment, 'Appointment') {}

@Resolver(() => Practitioner)
export class PractitionerResolver {
  @Query(() => [Specialty], { description: 'The specialties, in French and English.' })
  specialties(): Specialty[] {
    return SPECIALTIES.map((s) => ({ code: s.code, labelFr: s.fr, labelEn: s.en }));
  }

  @Query(() => PractitionerConnection, { description: 'Practitioners, by specialty.' })
  async practitioners(
    @Ctx() ctx: RequestContext,
    @Arg('specialty', () => String, { nullable: true }) specialty?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PractitionerConnection> {
    return fromCursor(await practitioners.listPractitioners(ctx, { specialty, first, after }));
  }

  @Query(() => Practitioner, { description: 'One practitioner.' })
  practitioner(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return practitioners.getPractitioner(ctx, id);
  }

  @Query(() => Practitioner, { nullable: true, description: 'The calling doctor’s profile.' })
  myPractitionerProfile(@Ctx() ctx: RequestContext) {
    return ownPractitioner(ctx);
  }

  @Query(() => [PractitionerSlots], {
    description: 'Free slots of a practitioner, or of every practitioner of a specialty.',
  })
  availableSlots(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime) to: Date,
    @Arg('practitionerId', () => ID, { nullable: true }) practitionerId?: string,
    @Arg('specialty', () => String, { nullable: true }) specialty?: string,
  ) {
    return availability.availableSlots(ctx, { practitionerId, specialty, from, to });
  }

  @Query(() => [AvailabilityException], { description: 'Upcoming absences and extra sessions.' })
  availabilityExceptions(
    @Ctx() ctx: RequestContext,
    @Arg('practitionerId', () => ID) practitionerId: string,
  ) {
    return availability.listExceptions(ctx, practitionerId, ctx.clock.now());
  }

  @Mutation(() => Practitioner, { description: 'Creates or updates a practitioner profile.' })
  upsertPractitioner(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpsertPractitionerInput) input: UpsertPractitionerInput,
  ) {
    return practitioners.upsertPractitioner(ctx, input);
  }

  @Mutation(() => Practitioner, { description: 'A doctor updates their own profile.' })
  updateMyPractitionerProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMyPractitionerProfileInput) input: UpdateMyPractitionerProfileInput,
  ) {
    return practitioners.updateMyPractitionerProfile(ctx, input);
  }

  @Mutation(() => Practitioner, { description: 'Replaces a practitioner’s weekly sessions.' })
  setWeeklyAvailability(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetWeeklyAvailabilityInput) input: SetWeeklyAvailabilityInput,
  ) {
    return practitioners.setWeeklyAvailability(ctx, input);
  }

  @Mutation(() => AvailabilityException, { description: 'Adds an absence or extra session.' })
  addAvailabilityException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddAvailabilityExceptionInput) input: AddAvailabilityExceptionInput,
  ) {
    return availability.addException(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an absence or extra session.' })
  removeAvailabilityException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RemoveAvailabilityExceptionInput) input: RemoveAvailabilityExceptionInput,
  ) {
    return availability.removeException(ctx, input.id);
  }

  @FieldResolver(() => String, { description: 'Name, family name in capitals.' })
  async displayName(@Root() p: Practitioner): Promise<string> {
    const user = await p.user.load();
    return user ? `Dr ${user.displayName}` : 'Dr';
  }

  @FieldResolver(() => Specialty, { description: 'Specialty with its names.' })
  specialtyInfo(@Root() p: Practitioner): Specialty {
    return (
      specialtyOf(p.specialty) ?? { code: p.specialty, labelFr: p.specialty, labelEn: p.specialty }
    );
  }

  @FieldResolver(() => [AvailabilitySession], { description: 'Weekly sessions.' })
  async weeklySessions(@Root() p: Practitioner): Promise<AvailabilitySession[]> {
    const sessions = await p.sessions.load();
    return [...sessions].sort(
      (a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime),
    );
  }
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => AppointmentConnection, {
    description: 'Appointments (staff: any; a patient: their own), in time order.',
  })
  async appointments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AppointmentFilter, { nullable: true }) filter?: AppointmentFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AppointmentConnection> {
    return fromCursor(await appointments.listAppointments(ctx, filter, first, after));
  }

  @Query(() => Appointment, { description: 'One appointment.' })
  appointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return appointments.getAppointment(ctx, id);
  }

  @Query(() => AppointmentConnection, { description: 'R5: a patient’s completed visits.' })
  async visitHistory(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AppointmentConnection> {
    return fromCursor(await appointments.visitHistory(ctx, patientId, first, after));
  }

  @Query(() => [PractitionerDay], { description: 'The day board, by practitioner.' })
  dayBoard(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => LocalDate) date: string,
    @Arg('practitionerId', () => ID, { nullable: true }) practitionerId?: string,
  ) {
    return appointments.dayBoard(ctx, date, practitionerId);
  }

  @Mutation(() => Appointment, { description: 'Books an appointment.' })
  bookAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput,
  ) {
    return appointments.bookAppointment(ctx, input);
  }

  @Mutation(() => Appointment, { description: 'Moves an appointment (not within 30 minutes).' })
  rescheduleAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RescheduleAppointmentInput) input: RescheduleAppointmentInput,
  ) {
    return appointments.rescheduleAppointment(ctx, input);
  }

  @Mutation(() => Appointment, { description: 'Cancels an appointment.' })
  cancelAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelAppointmentInput) input: CancelAppointmentInput,
  ) {
    return appointments.cancelAppointment(ctx, input);
  }

  @Mutation(() => Appointment, { description: 'The patient or reception confirms.' })
  confirmAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointmentIdInput) input: AppointmentIdInput,
  ) {
    return appointments.changeStatus(ctx, input.id, AppointmentStatus.CONFIRMED);
  }

  @Mutation(() => Appointment, { description: 'Reception records the patient’s arrival.' })
  checkInAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointmentIdInput) input: AppointmentIdInput,
  ) {
    return appointments.changeStatus(ctx, input.id, AppointmentStatus.CHECKED_IN);
  }

  @Mutation(() => Appointment, { description: 'The consultation starts.' })
  startAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointmentIdInput) input: AppointmentIdInput,
  ) {
    return appointments.changeStatus(ctx, input.id, AppointmentStatus.IN_PROGRESS);
  }

  @Mutation(() => Appointment, { description: 'The consultation is over (R5).' })
  completeAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointmentIdInput) input: AppointmentIdInput,
  ) {
    return appointments.changeStatus(ctx, input.id, AppointmentStatus.COMPLETED);
  }

  @Mutation(() => Appointment, { description: 'The patient did not come.' })
  markNoShow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointmentIdInput) input: AppointmentIdInput,
  ) {
    return appointments.changeStatus(ctx, input.id, AppointmentStatus.NO_SHOW);
  }

  @Mutation(() => [Appointment], {
    description: 'R3: the practitioner is running late; returns the appointments moved.',
  })
  reportDelay(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReportDelayInput) input: ReportDelayInput,
  ) {
    return appointments.reportDelay(ctx, input);
  }

  @Mutation(() => [PatientToCall], {
    description: 'R4: cancels the practitioner’s remaining appointments; the patients to call.',
  })
  cancelPractitionerDay(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelPractitionerDayInput) input: CancelPractitionerDayInput,
  ) {
    return appointments.cancelPractitionerDay(ctx, input);
  }

  @FieldResolver(() => Patient, { description: 'The patient.' })
  patient(@Root() a: Appointment): Promise<Patient> {
    return a.patient.load().then((p) => p ?? Promise.reject(new Error('patient missing')));
  }

  @FieldResolver(() => Practitioner, { description: 'The practitioner.' })
  practitioner(@Root() a: Appointment): Promise<Practitioner> {
    return a.practitioner
      .load()
      .then((p) => p ?? Promise.reject(new Error('practitioner missing')));
  }

  @Subscription(() => AppointmentEvent, {
    topics: APPOINTMENT_TOPIC,
    filter: ({ payload, context }: { payload: AppointmentChange; context: RequestContext }) => {
      return context.viewer !== null && seesAppointmentOf(context.viewer, payload.patientId);
    },
    description: 'Agenda changes, live: staff see all, a patient their own.',
  })
  appointmentChanged(@Root() change: AppointmentChange): AppointmentEvent {
    return change;
  }
}

@Resolver(() => WaitlistRequest)
export class WaitlistResolver {
  @Query(() => [WaitlistRequest], { description: 'Open waitlist requests (a patient: their own).' })
  waitlist(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID, { nullable: true }) patientId?: string,
  ) {
    return waitlist.listWaitlist(ctx, patientId);
  }

  @Mutation(() => WaitlistRequest, { description: 'Asks for an earlier slot.' })
  requestWaitlist(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestWaitlistInput) input: RequestWaitlistInput,
  ) {
    return waitlist.requestWaitlist(ctx, input);
  }

  @Mutation(() => WaitlistRequest, { description: 'Withdraws a waitlist request.' })
  cancelWaitlistRequest(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WaitlistIdInput) input: WaitlistIdInput,
  ) {
    return waitlist.cancelWaitlistRequest(ctx, input.id);
  }

  @Mutation(() => Appointment, { description: 'Takes an offered slot; first come, first served.' })
  acceptWaitlistOffer(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WaitlistIdInput) input: WaitlistIdInput,
  ) {
    return waitlist.acceptWaitlistOffer(ctx, input.id);
  }

  @FieldResolver(() => Patient, { description: 'The patient.' })
  async patient(@Root() r: WaitlistRequest): Promise<Patient> {
    return r.patient.load().then((p) => p ?? Promise.reject(new Error('patient missing')));
  }

  @FieldResolver(() => Practitioner, { nullable: true, description: 'The practitioner asked for.' })
  async practitioner(@Root() r: WaitlistRequest): Promise<Practitioner | null> {
    return r.practitioner ? ((await r.practitioner.load()) ?? null) : null;
  }

  @FieldResolver(() => WaitlistOffer, { nullable: true, description: 'The open offer, if any.' })
  async offer(
    @Root() r: WaitlistRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<WaitlistOffer | null> {
    // Collections load through MikroORM's dataloader: one query for the whole list.
    const offers = await r.offers.load();
    const now = ctx.clock.now();
    return offers.find((o) => o.status === OfferStatus.PENDING && o.expiresAt > now) ?? null;
  }
}
