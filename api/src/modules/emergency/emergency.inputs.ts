import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Sex } from '../patients/index.js';
import { RecordVitalsInput } from '../records/index.js';
import {
  ArrivalMode,
  ChiefComplaint,
  EmergencyArea,
  EmergencyOutcome,
  EmergencyStatus,
  TriageLevel,
} from './emergency-enums.js';

@InputType({ description: 'Who an unknown patient is taken to be, until identified.' })
export class UnknownPatientInput {
  @Field(() => Sex, { description: 'Sex as observed.' })
  sex!: Sex;

  @Field(() => Int, { description: 'Estimated age in years.' })
  estimatedAge!: number;

  @Field(() => String, { nullable: true, description: 'Distinguishing description.' })
  description?: string;
}

@InputType({ description: 'An arrival: a known patient, or an unknown one (exactly one).' })
export class RegisterEmergencyArrivalInput {
  @Field(() => ID, { nullable: true, description: 'The patient, found in the registry.' })
  patientId?: string;

  @Field(() => UnknownPatientInput, {
    nullable: true,
    description: 'An unidentified patient: a temporary record is created.',
  })
  unknown?: UnknownPatientInput;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Arrival; now by default.' })
  arrivedAt?: Date;

  @Field(() => ArrivalMode, { description: 'How the patient arrived.' })
  mode!: ArrivalMode;

  @Field(() => ChiefComplaint, { description: 'Chief complaint, coded.' })
  complaint!: ChiefComplaint;

  @Field(() => String, { nullable: true, description: 'Chief complaint in words.' })
  complaintText?: string;
}

@InputType({ description: 'A triage (or re-triage) of an open case.' })
export class TriageEmergencyCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => TriageLevel, { description: 'FRENCH level.' })
  level!: TriageLevel;

  @Field(() => String, { nullable: true, description: 'Triage note.' })
  note?: string;

  @Field(() => RecordVitalsInput, {
    nullable: true,
    description: 'Vitals taken at triage, recorded in the chart (NEWS2 computed).',
  })
  vitals?: RecordVitalsInput;

  @Field(() => EmergencyArea, { nullable: true, description: 'Where the patient goes now.' })
  area?: EmergencyArea;

  @Field(() => String, { nullable: true, description: 'Box or place.' })
  areaLabel?: string;
}

@InputType({ description: 'A change of place or step of an open case.' })
export class MoveEmergencyCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => EmergencyStatus, {
    nullable: true,
    description: 'Next step: IN_TRIAGE, AWAITING_DECISION, or back WITH_DOCTOR.',
  })
  status?: EmergencyStatus;

  @Field(() => EmergencyArea, { nullable: true, description: 'Area.' })
  area?: EmergencyArea;

  @Field(() => String, { nullable: true, description: 'Box or place; empty clears it.' })
  areaLabel?: string;
}

@InputType({ description: 'A case a doctor takes.' })
export class TakeEmergencyCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the doctor saw; a case changed since is refused (CONFLICT) so nobody takes over a colleague by accident.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'The admission an emergency case ends in.' })
export class EmergencyAdmissionInput {
  @Field(() => ID, { description: 'A free bed.' })
  bedId!: string;

  @Field(() => ID, { nullable: true, description: 'Attending doctor; the closing doctor if none.' })
  attendingUserId?: string;

  @Field(() => String, { description: 'Reason for admission.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Expected length of stay, in days.' })
  expectedDays?: number;
}

@InputType({ description: 'The outcome of a case, which closes it.' })
export class CloseEmergencyCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => EmergencyOutcome, { description: 'Outcome.' })
  outcome!: EmergencyOutcome;

  @Field(() => String, { nullable: true, description: 'Closing note.' })
  note?: string;

  @Field(() => EmergencyAdmissionInput, {
    nullable: true,
    description: 'For ADMITTED: the bed; the stay begins as the case closes.',
  })
  admission?: EmergencyAdmissionInput;

  @Field(() => String, { nullable: true, description: 'For TRANSFERRED: the facility.' })
  transferTo?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; now by default.' })
  at?: Date;
}

@InputType({ description: 'An amendment to a closed case.' })
export class AmendEmergencyCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;

  @Field(() => String, { description: 'What is added.' })
  note!: string;
}

@InputType({ description: 'A period of days, hospital time, both ends included.' })
export class EmergencyPeriodInput {
  @Field(() => LocalDate, { description: 'First day.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day.' })
  to!: string;
}
