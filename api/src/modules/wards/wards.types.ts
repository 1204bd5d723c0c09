import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Sex } from '../patients/index.js';
import { News2Risk } from '../records/index.js';
import { NurseAssignment } from './nurse-assignment.entity.js';
import { Ward } from './ward.entity.js';
import { BedCondition, BedStatus, RoomKind, SexPolicy, Shift } from './wards-enums.js';

@ObjectType({ description: 'A ward with its census now.' })
export class WardSummary {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Service or specialty.' })
  service!: string;

  @Field(() => String, { description: 'Floor or building.' })
  floor!: string;

  @Field(() => SexPolicy, { description: 'Which patients it takes.' })
  sexPolicy!: SexPolicy;

  @Field(() => Int, { description: 'Beds in service or not (removed ones excluded).' })
  beds!: number;

  @Field(() => Int, { description: 'Beds occupied now.' })
  occupied!: number;

  @Field(() => Int, { description: 'Ready, unoccupied and not reserved.' })
  free!: number;

  @Field(() => Int, { description: 'Beds held for a planned admission.' })
  reserved!: number;

  @Field(() => Int, { description: 'Empty beds waiting to be cleaned.' })
  toClean!: number;

  @Field(() => Int, { description: 'Empty beds out of service.' })
  outOfService!: number;
}

@ObjectType({ description: 'Who lies in a bed, as a tile shows it.' })
export class BedOccupant {
  @Field(() => ID, { description: 'The admission.' })
  admissionId!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => String, { description: 'FAMILY Given (R7).' })
  name!: string;

  @Field(() => String, { description: 'Medical record number.' })
  mrn!: string;

  @Field(() => Int, { description: 'Age in years today.' })
  age!: number;

  @Field(() => Sex, { description: 'Administrative sex.' })
  sex!: Sex;

  @Field(() => GraphQLISODateTime, { description: 'When the patient was admitted.' })
  admittedAt!: Date;

  @Field(() => Int, { description: 'Days since admission (day of admission = 0).' })
  days!: number;

  @Field(() => ID, { description: 'Account of the attending doctor.' })
  attendingUserId!: string;

  @Field(() => String, { description: 'Attending doctor, as named at admission.' })
  attendingName!: string;

  @Field(() => Boolean, {
    description:
      "Whether the caller reads this patient's chart. False: NEWS2, allergies and results are withheld (null), not absent.",
  })
  clinicalShown!: boolean;

  @Field(() => Int, { nullable: true, description: 'NEWS2 of the latest complete vitals.' })
  news2Score?: number | null;

  @Field(() => News2Risk, {
    nullable: true,
    description: 'NEWS2 risk band of the latest complete vitals.',
  })
  news2Risk?: News2Risk | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: known allergies; false: none known; null: not recorded.',
  })
  allergyFlag?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Lab results entered in the last 24 hours.' })
  newResults?: number | null;
}

@ObjectType({ description: 'One bed on the board.' })
export class BedTile {
  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => String, { description: 'Label as on the bed.' })
  label!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => String, { description: 'Room number.' })
  roomNumber!: string;

  @Field(() => RoomKind, { description: 'Kind of room.' })
  roomKind!: RoomKind;

  @Field(() => Boolean, { description: 'Whether the room can isolate a patient.' })
  isolationCapable!: boolean;

  @Field(() => BedStatus, { description: 'What the bed is now.' })
  status!: BedStatus;

  @Field(() => BedCondition, { description: 'Housekeeping state.' })
  condition!: BedCondition;

  @Field(() => String, { nullable: true, description: 'Why it is out of service.' })
  conditionReason?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the housekeeping state last changed.' })
  conditionSince!: Date;

  @Field(() => BedOccupant, {
    nullable: true,
    description: 'Who lies in it; null when free, or when the caller may not see patients.',
  })
  occupant?: BedOccupant | null;

  @Field(() => ID, { nullable: true, description: 'The open reservation.' })
  reservationId?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Planned admission time of the open reservation.',
  })
  reservedFor?: Date | null;

  @Field(() => String, { nullable: true, description: 'For whom (callers who see patients).' })
  reservedPatientName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The patient the bed is held for (callers who see patients).',
  })
  reservedPatientId?: string | null;
}

@ObjectType({ description: 'A ward’s beds as they are now.' })
export class BedBoard {
  @Field(() => Ward, { description: 'The ward.' })
  ward!: Ward;

  @Field(() => GraphQLISODateTime, { description: 'When this was read.' })
  asOf!: Date;

  @Field(() => Shift, { description: 'The shift running now.' })
  shift!: Shift;

  @Field(() => [NurseAssignment], { description: 'Nurses on this ward for this shift.' })
  nurses!: NurseAssignment[];

  @Field(() => [BedTile], { description: 'Every bed, by room then label.' })
  beds!: BedTile[];
}

@ObjectType({ description: 'A change on a bed board; read the board again for the details.' })
export class BedBoardEvent {
  @Field(() => ID, { description: 'The ward.' })
  wardId!: string;

  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => String, {
    description:
      'ADMITTED, TRANSFERRED_IN, TRANSFERRED_OUT, DISCHARGED, CANCELLED, STATUS, RESERVED.',
  })
  change!: string;
}

@ObjectType({ description: 'An inpatient on a nurse’s or a doctor’s list.' })
export class InpatientRow extends BedOccupant {
  @Field(() => ID, { description: 'The ward.' })
  wardId!: string;

  @Field(() => String, { description: 'Ward name.' })
  wardName!: string;

  @Field(() => ID, { description: 'The bed.' })
  bedId!: string;

  @Field(() => String, { description: 'Bed label.' })
  bedLabel!: string;

  @Field(() => String, { description: 'Room number.' })
  roomNumber!: string;

  @Field(() => String, { description: 'Reason for admission.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the NEWS2 was taken.' })
  news2At?: Date | null;
}

@ObjectType({ description: 'A ward’s occupancy on one day (counted at midnight, hospital time).' })
export class WardOccupancyDay {
  @Field(() => ID, { description: 'The ward.' })
  wardId!: string;

  @Field(() => String, { description: 'Ward name.' })
  wardName!: string;

  @Field(() => LocalDate, { description: 'The day.' })
  date!: string;

  @Field(() => Int, {
    description: 'Beds that existed at midnight (removed ones until their removal).',
  })
  beds!: number;

  @Field(() => Int, { description: 'Beds occupied at midnight.' })
  occupied!: number;

  @Field(() => Float, { description: 'occupied / beds, 0 when no bed.' })
  rate!: number;

  @Field(() => Int, { description: 'Admissions into this ward that day (transfers in included).' })
  admissions!: number;

  @Field(() => Int, { description: 'Discharges from this ward that day.' })
  discharges!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean length, in days, of the stays discharged that day.',
  })
  meanLengthOfStayDays?: number | null;
}

@ObjectType({ description: 'A staff member to choose: an attending doctor, a nurse for a shift.' })
export class StaffChoice {
  @Field(() => ID, { description: 'The account.' })
  userId!: string;

  @Field(() => String, { description: 'Name, family name in capitals.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle?: string | null;
}
