import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { News2Risk } from '../records/index.js';
import { Sex } from '../patients/index.js';
import {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyOutcome,
  EmergencyStatus,
  TriageLevel,
} from './emergency-enums.js';

@ObjectType({ description: 'How long a case waited, against its target (server clock).' })
export class EmergencyWait {
  @Field(() => Int, {
    description: 'Minutes from arrival to the doctor, or to now while none has seen the patient.',
  })
  waitedMinutes!: number;

  @Field(() => Int, {
    description: 'Target in minutes: triage (untriaged) or medical contact at the level.',
  })
  targetMinutes!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the target falls or fell.' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Whether the target is or was missed.' })
  breached!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Server time the wait was computed at.' })
  asOf!: Date;
}

@ObjectType({ description: 'One open case as the queue lists it.' })
export class EmergencyQueueRow {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'The patient (null: not readable by you).' })
  patientId!: string | null;

  @Field(() => String, { nullable: true, description: 'FAMILY Given (null: not readable).' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Medical record number.' })
  mrn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age in years (estimated if unknown).' })
  age!: number | null;

  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  sex!: Sex | null;

  @Field(() => Boolean, { description: 'Registered with a temporary identity.' })
  unknownIdentity!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Arrival.' })
  arrivedAt!: Date;

  @Field(() => ArrivalMode, { description: 'How the patient arrived.' })
  mode!: ArrivalMode;

  @Field(() => ChiefComplaint, { description: 'Chief complaint, coded.' })
  complaint!: ChiefComplaint;

  @Field(() => String, { nullable: true, description: 'Chief complaint in words (clinical).' })
  complaintText!: string | null;

  @Field(() => EmergencyStatus, { description: 'Step.' })
  status!: EmergencyStatus;

  @Field(() => TriageLevel, { nullable: true, description: 'Triage level; null: not triaged.' })
  level!: TriageLevel | null;

  @Field(() => EmergencyArea, { description: 'Area.' })
  area!: EmergencyArea;

  @Field(() => String, { nullable: true, description: 'Box or place.' })
  areaLabel!: string | null;

  @Field(() => ID, { nullable: true, description: 'Doctor in charge.' })
  doctorUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'Doctor in charge, as named.' })
  doctorName!: string | null;

  @Field(() => EmergencyWait, { description: 'Wait against target.' })
  wait!: EmergencyWait;

  @Field(() => Int, { nullable: true, description: 'NEWS2 of the latest triage vitals.' })
  news2Score!: number | null;

  @Field(() => News2Risk, { nullable: true, description: 'NEWS2 risk band.' })
  news2Risk!: News2Risk | null;

  @Field(() => Int, { description: 'Version, for taking the case.' })
  version!: number;
}

@ObjectType({ description: 'The department now: every open case, in queue order.' })
export class EmergencyQueue {
  @Field(() => GraphQLISODateTime, { description: 'Server time the waits are computed at.' })
  asOf!: Date;

  @Field(() => [EmergencyQueueRow], { description: 'Open cases, sickest first.' })
  cases!: EmergencyQueueRow[];

  @Field(() => Int, { description: 'Open cases with a missed target.' })
  breached!: number;
}

@ObjectType({ description: 'A queue change, live: read the queue again.' })
export class EmergencyQueueEvent {
  @Field(() => ID, { description: 'The case that changed.' })
  caseId!: string;

  @Field(() => String, { description: 'What happened: ARRIVED, TRIAGED, TAKEN, MOVED, CLOSED.' })
  change!: string;
}

@ObjectType({ description: 'Arrivals in one hour of the day (hospital time).' })
export class HourCount {
  @Field(() => Int, { description: 'Hour 0–23.' })
  hour!: number;

  @Field(() => Int, { description: 'Arrivals.' })
  count!: number;
}

@ObjectType({ description: 'Cases closed with one outcome.' })
export class OutcomeCount {
  @Field(() => EmergencyOutcome, { description: 'Outcome.' })
  outcome!: EmergencyOutcome;

  @Field(() => Int, { description: 'Cases.' })
  count!: number;
}

@ObjectType({ description: 'Emergency flow over a period (definitions in the README).' })
export class EmergencyFigures {
  @Field(() => Int, { description: 'Arrivals in the period.' })
  arrivals!: number;

  @Field(() => [HourCount], { description: 'Arrivals per hour of the day (24 rows).' })
  arrivalsByHour!: HourCount[];

  @Field(() => Float, { nullable: true, description: 'Median minutes from arrival to triage.' })
  medianMinutesToTriage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from arrival to doctor.' })
  medianMinutesToDoctor!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median minutes from arrival to closure (length of stay in the department).',
  })
  medianMinutesInDepartment!: number | null;

  @Field(() => Int, { description: 'Cases of the period closed.' })
  closed!: number;

  @Field(() => [OutcomeCount], { description: 'Closed cases by outcome.' })
  outcomes!: OutcomeCount[];

  @Field(() => Float, { nullable: true, description: 'Admitted ÷ closed.' })
  admissionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Left without being seen ÷ closed.' })
  leftWithoutBeingSeenRate!: number | null;
}
