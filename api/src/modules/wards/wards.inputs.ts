import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import {
  AdmissionSource,
  BedCondition,
  DischargeDestination,
  RoomKind,
  SexPolicy,
  Shift,
} from './wards-enums.js';

@InputType({ description: 'A new ward, or changes to one (with its id).' })
export class SaveWardInput {
  @Field(() => ID, { nullable: true, description: 'The ward to change; none creates one.' })
  id?: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Service or specialty.' })
  service!: string;

  @Field(() => String, { description: 'Floor or building.' })
  floor!: string;

  @Field(() => SexPolicy, { description: 'Which patients it takes.' })
  sexPolicy!: SexPolicy;
}

@InputType({ description: 'A new room, or changes to one (with its id).' })
export class SaveRoomInput {
  @Field(() => ID, { nullable: true, description: 'Stable identifier.' })
  id?: string;

  @Field(() => ID, { description: 'The ward.' })
  wardId!: string;

  @Field(() => String, { description: 'Room number.' })
  number!: string;

  @Field(() => RoomKind, { description: 'Kind of room.' })
  kind!: RoomKind;

  @Field(() => Boolean, { nullable: true, description: 'Whether the room can isolate a patient.' })
  isolationCapable?: boolean;
}

@InputType({ description: 'A bed added to a room.' })
export class AddBedInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => String, { description: 'Label as on the bed.' })
  label!: string;
}

@InputType({ description: 'A bed.' })
export class BedIdInput {
  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;
}

@InputType({ description: 'A bed’s new housekeeping state.' })
export class SetBedStatusInput {
  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => BedCondition, { description: 'New housekeeping state.' })
  condition!: BedCondition;

  @Field(() => String, { nullable: true, description: 'Why (required out of service).' })
  reason?: string;
}

@InputType({ description: 'A bed held for a planned admission.' })
export class ReserveBedInput {
  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => GraphQLISODateTime, { description: 'Planned admission time.' })
  plannedFor!: Date;

  @Field(() => String, { nullable: true, description: 'Note for the admitting team.' })
  note?: string;
}

@InputType({ description: 'A reservation.' })
export class ReservationIdInput {
  @Field(() => ID, { description: 'The reservation.' })
  reservationId!: string;
}

@InputType({ description: 'An admission to a free bed.' })
export class AdmitPatientInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => ID, { description: 'The attending doctor’s account.' })
  attendingUserId!: string;

  @Field(() => String, { description: 'Reason.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Expected length of stay, in days.' })
  expectedDays?: number;

  @Field(() => AdmissionSource, { description: 'Where the patient came from.' })
  source!: AdmissionSource;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; now by default.' })
  admittedAt?: Date;
}

@InputType({ description: 'A move to another bed, in this ward or another.' })
export class TransferPatientInput {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => ID, { description: 'The bed to move to.' })
  toBedId!: string;

  @Field(() => String, { description: 'Reason.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; now by default.' })
  at?: Date;
}

@InputType({ description: 'The end of a stay.' })
export class DischargePatientInput {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => DischargeDestination, { description: 'Where the patient goes.' })
  destination!: DischargeDestination;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; now by default.' })
  at?: Date;

  @Field(() => String, { nullable: true, description: 'Discharge summary (doctors).' })
  summary?: string;
}

@InputType({ description: 'An admission entered in error.' })
export class CancelAdmissionInput {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => String, { description: 'Reason.' })
  reason!: string;
}

@InputType({ description: 'The doctors on an inpatient’s care team, besides the attending.' })
export class SetCareTeamInput {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => [ID], { description: 'Doctors’ accounts.' })
  doctorUserIds!: string[];
}

@InputType({ description: 'The nurses of a ward for one shift; replaces that shift’s list.' })
export class AssignNursesInput {
  @Field(() => ID, { description: 'The ward.' })
  wardId!: string;

  @Field(() => LocalDate, { description: 'The day the shift starts on.' })
  date!: string;

  @Field(() => Shift, { description: 'The shift.' })
  shift!: Shift;

  @Field(() => [ID], { description: 'Nurses’ accounts.' })
  nurseUserIds!: string[];
}

@InputType({ description: 'A discharge summary, written at or after discharge.' })
export class WriteDischargeSummaryInput {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => String, { description: 'Discharge summary.' })
  summary!: string;
}
