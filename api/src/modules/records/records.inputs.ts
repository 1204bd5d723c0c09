import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import {
  AdministrationStatus,
  CareNoteCategory,
  ClinicalEntryKind,
  Consciousness,
  DiagnosisRank,
  EncounterKind,
  LabPriority,
  MedicationRoute,
} from './clinical-enums.js';
import type { CareNote } from './care-note.entity.js';
import type { Diagnosis } from './diagnosis.entity.js';
import type { Encounter } from './encounter.entity.js';
import type { Prescription } from './prescription.entity.js';
import type { VitalSigns } from './vital-signs.entity.js';

@InputType({ description: 'The entry this one corrects, which is marked entered in error.' })
export class CorrectionInput {
  @Field(() => ID, { description: 'Entry being corrected (same patient, same kind).' })
  id!: string;

  @Field(() => String, { description: 'Why it was wrong.' })
  reason!: string;
}

@InputType({ description: 'A visit opened by a doctor.' })
export class CreateEncounterInput implements Partial<
  Pick<Encounter, 'kind' | 'reason' | 'subjective' | 'objective' | 'assessment' | 'plan'>
> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => EncounterKind, { description: 'Kind of visit.' })
  kind!: EncounterKind;

  @Field(() => String, { description: 'Reason for the visit.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start; default now.' })
  startedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'Appointment honoured, if any.' })
  appointmentId?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: subjective.' })
  subjective?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: objective.' })
  objective?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: assessment.' })
  assessment?: string;

  @Field(() => String, { nullable: true, description: 'SOAP: plan.' })
  plan?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Visit note this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Ends a visit.' })
export class CompleteEncounterInput {
  @Field(() => ID, { description: 'The visit.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End; default now.' })
  endedAt?: Date;
}

@InputType({ description: 'A diagnosis: an ICD-10 code of the list, or free text.' })
export class AddDiagnosisInput implements Partial<Pick<Diagnosis, 'rank' | 'onsetDate'>> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => String, { nullable: true, description: 'ICD-10 code; omit for free text.' })
  code?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Free text when no code fits (required without a code).',
  })
  freeText?: string;

  @Field(() => DiagnosisRank, { description: 'Primary or secondary.' })
  rank!: DiagnosisRank;

  @Field(() => LocalDate, { nullable: true, description: 'Onset date.' })
  onsetDate?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Diagnosis this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Marks a diagnosis resolved.' })
export class ResolveDiagnosisInput {
  @Field(() => ID, { description: 'The diagnosis.' })
  id!: string;
}

@InputType({ description: 'A prescription.' })
export class PrescribeInput implements Partial<
  Pick<
    Prescription,
    | 'medicationName'
    | 'dose'
    | 'doseUnit'
    | 'route'
    | 'scheduleTimes'
    | 'intervalHours'
    | 'asNeeded'
    | 'startAt'
  >
> {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => String, { description: 'Medication (INN preferred).' })
  medicationName!: string;

  @Field(() => String, { nullable: true, description: 'Form.' })
  form?: string;

  @Field(() => String, { nullable: true, description: 'Strength.' })
  strength?: string;

  @Field(() => Float, { description: 'Dose per administration.' })
  dose!: number;

  @Field(() => String, { description: 'Dose unit.' })
  doseUnit!: string;

  @Field(() => MedicationRoute, { description: 'Route.' })
  route!: MedicationRoute;

  @Field(() => [String], { nullable: true, description: 'Times of day, HH:MM (hospital time).' })
  scheduleTimes?: string[];

  @Field(() => Int, { nullable: true, description: 'Or: hours between doses (1-168).' })
  intervalHours?: number;

  @Field(() => Boolean, { nullable: true, description: 'As needed (no schedule).' })
  asNeeded?: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start; default now.' })
  startAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End (or give a duration).' })
  endAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Duration in days from the start.' })
  durationDays?: number;

  @Field(() => String, { nullable: true, description: 'Instructions.' })
  instructions?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required to prescribe something matching an active allergy; audited.',
  })
  allergyOverrideReason?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Prescription this corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Stops a prescription.' })
export class StopPrescriptionInput {
  @Field(() => ID, { description: 'The prescription.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'A set of vital signs; at least one measurement.' })
export class RecordVitalsInput implements Partial<
  Pick<
    VitalSigns,
    | 'temperatureC'
    | 'heartRate'
    | 'systolicBp'
    | 'diastolicBp'
    | 'respiratoryRate'
    | 'spo2'
    | 'painScore'
    | 'weightKg'
    | 'heightCm'
    | 'glucoseMmolL'
  >
> {
  @Field(() => ID, {
    nullable: true,
    description: 'Device-generated id: sending the same set again returns the first.',
  })
  id?: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Taken at; default now.' })
  takenAt?: Date;

  @Field(() => Float, { nullable: true, description: 'Temperature °C.' })
  temperatureC?: number;

  @Field(() => Int, { nullable: true, description: 'Heart rate /min.' })
  heartRate?: number;

  @Field(() => Int, { nullable: true, description: 'Systolic mmHg.' })
  systolicBp?: number;

  @Field(() => Int, { nullable: true, description: 'Diastolic mmHg.' })
  diastolicBp?: number;

  @Field(() => Int, { nullable: true, description: 'Respiratory rate /min.' })
  respiratoryRate?: number;

  @Field(() => Int, { nullable: true, description: 'SpO2 %.' })
  spo2?: number;

  @Field(() => Boolean, { nullable: true, description: 'On oxygen.' })
  onOxygen?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Score SpO2 on NEWS2 scale 2.' })
  spo2Scale2?: boolean;

  @Field(() => Consciousness, { nullable: true, description: 'ACVPU.' })
  consciousness?: Consciousness;

  @Field(() => Int, { nullable: true, description: 'Pain 0-10.' })
  painScore?: number;

  @Field(() => Float, { nullable: true, description: 'Weight kg.' })
  weightKg?: number;

  @Field(() => Float, { nullable: true, description: 'Height cm.' })
  heightCm?: number;

  @Field(() => Float, { nullable: true, description: 'Blood glucose mmol/L.' })
  glucoseMmolL?: number;

  @Field(() => CorrectionInput, { nullable: true, description: 'Set this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'A care note.' })
export class AddCareNoteInput implements Partial<Pick<CareNote, 'category' | 'text'>> {
  @Field(() => ID, { nullable: true, description: 'Device-generated id (replay-safe).' })
  id?: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => CareNoteCategory, { description: 'Category.' })
  category!: CareNoteCategory;

  @Field(() => String, { description: 'The note.' })
  text!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When; default now.' })
  occurredAt?: Date;

  @Field(() => CorrectionInput, { nullable: true, description: 'Note this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'What happened to one dose. Safe to send again with the same key.' })
export class RecordMedicationAdministrationInput {
  @Field(() => String, {
    description:
      'Client-generated key (e.g. a UUID) of this recording; a replay returns the first.',
  })
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The prescription.' })
  prescriptionId!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The scheduled dose (from medicationSchedule); omit for an as-needed dose.',
  })
  scheduledAt?: Date;

  @Field(() => AdministrationStatus, { description: 'Given, held, refused or missed.' })
  status!: AdministrationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Given at; default now.' })
  administeredAt?: Date;

  @Field(() => Float, { nullable: true, description: 'Dose given; default the prescribed dose.' })
  dose?: number;

  @Field(() => String, { nullable: true, description: 'Unit; default the prescribed unit.' })
  doseUnit?: string;

  @Field(() => MedicationRoute, { nullable: true, description: 'Route; default prescribed.' })
  route?: MedicationRoute;

  @Field(() => String, { nullable: true, description: 'Required when held, refused or missed.' })
  reason?: string;

  @Field(() => CorrectionInput, { nullable: true, description: 'Record this one corrects.' })
  corrects?: CorrectionInput;
}

@InputType({ description: 'Marks an entry entered in error, without replacing it.' })
export class MarkEnteredInErrorInput {
  @Field(() => ClinicalEntryKind, { description: 'Kind of entry.' })
  kind!: ClinicalEntryKind;

  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => String, { description: 'Why it was wrong.' })
  reason!: string;
}

@InputType({ description: 'Lab tests ordered together.' })
export class OrderLabTestsInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit.' })
  encounterId?: string;

  @Field(() => [String], { description: 'Catalogue codes, e.g. ["NA", "K", "CREA"].' })
  testCodes!: string[];

  @Field(() => LabPriority, { nullable: true, description: 'Default routine.' })
  priority?: LabPriority;

  @Field(() => String, { nullable: true, description: 'Clinical information for the lab.' })
  clinicalInfo?: string;
}

@InputType({ description: 'Specimens collected for these orders.' })
export class CollectLabSpecimensInput {
  @Field(() => [ID], { description: 'The orders.' })
  orderIds!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Collected at; default now.' })
  collectedAt?: Date;
}

@InputType({ description: 'Cancels an order with no result yet.' })
export class CancelLabOrderInput {
  @Field(() => ID, { description: 'The order.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@InputType({ description: 'The result of one order.' })
export class EnterLabResultInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => Float, { nullable: true, description: 'Numeric value (numeric tests).' })
  valueNumeric?: number;

  @Field(() => String, { nullable: true, description: 'Text value (text tests).' })
  valueText?: string;

  @Field(() => Boolean, { nullable: true, description: 'Text result judged abnormal.' })
  abnormal?: boolean;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  comment?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the order already has a result: it is replaced, not overwritten.',
  })
  correctionReason?: string;
}

@InputType({ description: 'Validates a result so the patient can see it.' })
export class ValidateLabResultInput {
  @Field(() => ID, { description: 'The result.' })
  id!: string;
}
