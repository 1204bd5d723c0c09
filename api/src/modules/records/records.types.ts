import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection.js';
import { Attachment } from './attachment.entity.js';
import { CareNote } from './care-note.entity.js';
import { ClinicalEntryKind, DoseState } from './clinical-enums.js';
import { Diagnosis } from './diagnosis.entity.js';
import { Encounter } from './encounter.entity.js';
import { LabOrder } from './lab-order.entity.js';
import { LabResult } from './lab-result.entity.js';
import { MedicationAdministration } from './medication-administration.entity.js';
import { Prescription } from './prescription.entity.js';
import { VitalSigns } from './vital-signs.entity.js';

@ObjectType({ description: 'An ICD-10 code of the bundled list.' })
export class Icd10CodeType {
  @Field(() => String, { description: 'Code, e.g. I10.' })
  code!: string;

  @Field(() => String, { description: 'English title.' })
  titleEn!: string;

  @Field(() => String, { description: 'French title (CIM-10).' })
  titleFr!: string;
}

/** One item of the patient timeline: exactly one of the entry fields is set, per `kind`. */
@ObjectType('TimelineEntry', { description: 'An entry of the patient timeline (R5).' })
export class TimelineEntry {
  @Field(() => ClinicalEntryKind, { description: 'Which field holds the entry.' })
  kind!: ClinicalEntryKind;

  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'Clinical time.' })
  occurredAt!: Date;

  @Field(() => Boolean, { description: 'Marked entered in error (kept in history).' })
  enteredInError!: boolean;

  @Field(() => Encounter, { nullable: true, description: 'A visit.' })
  encounter?: Encounter | null;

  @Field(() => Diagnosis, { nullable: true, description: 'A diagnosis.' })
  diagnosis?: Diagnosis | null;

  @Field(() => Prescription, { nullable: true, description: 'A prescription.' })
  prescription?: Prescription | null;

  @Field(() => VitalSigns, { nullable: true, description: 'A set of vitals.' })
  vitals?: VitalSigns | null;

  @Field(() => CareNote, { nullable: true, description: 'A care note.' })
  careNote?: CareNote | null;

  @Field(() => MedicationAdministration, { nullable: true, description: 'A dose record.' })
  administration?: MedicationAdministration | null;

  @Field(() => LabOrder, { nullable: true, description: 'A lab order.' })
  labOrder?: LabOrder | null;

  @Field(() => LabResult, { nullable: true, description: 'A lab result.' })
  labResult?: LabResult | null;

  @Field(() => Attachment, { nullable: true, description: 'A file.' })
  attachment?: Attachment | null;
}

@ObjectType({ description: 'A page of the timeline, newest first.' })
export class TimelineConnection extends Connection(TimelineEntry, 'Timeline') {}

@ObjectType({ description: 'A page of visits.' })
export class EncounterConnection extends Connection(Encounter, 'Encounter') {}

@ObjectType({ description: 'A page of vital sign sets.' })
export class VitalSignsConnection extends Connection(VitalSigns, 'VitalSigns') {}

@ObjectType({ description: 'A page of care notes.' })
export class CareNoteConnection extends Connection(CareNote, 'CareNote') {}

@ObjectType({ description: 'A page of lab orders.' })
export class LabOrderConnection extends Connection(LabOrder, 'LabOrder') {}

@ObjectType({ description: 'A page of lab results.' })
export class LabResultConnection extends Connection(LabResult, 'LabResult') {}

@ObjectType({ description: 'A page of files.' })
export class AttachmentConnection extends Connection(Attachment, 'Attachment') {}

@ObjectType({ description: 'One scheduled dose on the administration record.' })
export class ScheduledDose {
  @Field(() => Prescription, { description: 'The prescription.' })
  prescription!: Prescription;

  @Field(() => GraphQLISODateTime, { description: 'When it is due.' })
  scheduledAt!: Date;

  @Field(() => DoseState, { description: 'Due, late, given, held, refused or missed.' })
  state!: DoseState;

  @Field(() => MedicationAdministration, { nullable: true, description: 'What was recorded.' })
  administration?: MedicationAdministration | null;
}

/** The chart's summary; each part is fetched only when asked for. */
@ObjectType({ description: 'A patient chart at a glance.' })
export class PatientChart {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;
}
