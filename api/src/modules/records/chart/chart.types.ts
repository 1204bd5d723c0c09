import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../../kernel/graphql/connection.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CareNote } from '../bedside/care-note.entity.js';
import { ClinicalEntryKind } from '../clinical-enums.js';
import { Diagnosis } from '../encounters/diagnosis.entity.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { LabOrder } from '../lab/lab-order.entity.js';
import { LabResult } from '../lab/lab-result.entity.js';
import { MedicationAdministration } from '../medications/medication-administration.entity.js';
import { Prescription } from '../medications/prescription.entity.js';
import { VitalSigns } from '../bedside/vital-signs.entity.js';

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

/** The chart's summary; each part is fetched only when asked for. */
@ObjectType({ description: 'A patient chart at a glance.' })
export class PatientChart {
  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;
}
