import { Migration } from '@mikro-orm/migrations';

export class Migration20261121084132 extends Migration {
  override name = 'Migration20261121084132';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "encounter_kind" as enum ('CONSULTATION', 'WARD_ROUND', 'EMERGENCY', 'TELECONSULTATION');`,
    );
    this.addSql(`create type "encounter_status" as enum ('IN_PROGRESS', 'COMPLETED');`);
    this.addSql(`create type "lab_priority" as enum ('ROUTINE', 'URGENT');`);
    this.addSql(
      `create type "lab_order_status" as enum ('ORDERED', 'SPECIMEN_COLLECTED', 'RESULTED', 'VALIDATED', 'CANCELLED');`,
    );
    this.addSql(
      `create type "result_flag" as enum ('NORMAL', 'LOW', 'HIGH', 'CRITICAL_LOW', 'CRITICAL_HIGH', 'ABNORMAL');`,
    );
    this.addSql(`create type "diagnosis_rank" as enum ('PRIMARY', 'SECONDARY');`);
    this.addSql(`create type "diagnosis_status" as enum ('ACTIVE', 'RESOLVED');`);
    this.addSql(
      `create type "care_note_category" as enum ('OBSERVATION', 'HYGIENE', 'NUTRITION', 'MOBILITY', 'WOUND_CARE', 'ELIMINATION', 'PAIN', 'PSYCHOSOCIAL', 'EDUCATION', 'HANDOVER', 'OTHER');`,
    );
    this.addSql(
      `create type "medication_route" as enum ('ORAL', 'SUBLINGUAL', 'IV', 'IM', 'SC', 'INHALED', 'TOPICAL', 'RECTAL', 'TRANSDERMAL', 'OPHTHALMIC', 'NASAL', 'OTHER');`,
    );
    this.addSql(`create type "prescription_status" as enum ('ACTIVE', 'COMPLETED', 'STOPPED');`);
    this.addSql(
      `create type "administration_status" as enum ('GIVEN', 'HELD', 'REFUSED', 'MISSED');`,
    );
    this.addSql(
      `create type "consciousness" as enum ('ALERT', 'CONFUSION', 'VOICE', 'PAIN', 'UNRESPONSIVE');`,
    );
    this.addSql(`create type "news2_risk" as enum ('LOW', 'LOW_MEDIUM', 'MEDIUM', 'HIGH');`);
    this.addSql(
      `create table "lab_test" ("id" uuid not null, "code" varchar(20) not null, "name_fr" varchar(200) not null, "name_en" varchar(200) not null, "specimen" varchar(100) not null, "unit" varchar(30) null, "numeric" boolean not null default true, "reference_ranges" jsonb not null default '[]', "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`alter table "lab_test" add constraint "lab_test_code_unique" unique ("code");`);

    this.addSql(
      `create table "encounter" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "kind" "encounter_kind" not null, "status" "encounter_status" not null default 'IN_PROGRESS', "practitioner_id" uuid not null, "practitioner_name" varchar(220) not null, "appointment_id" uuid null, "ended_at" timestamptz null, "reason" varchar(500) not null, "subjective" text null, "objective" text null, "assessment" text null, "plan" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "encounter" add constraint "encounter_appointment_id_unique" unique ("appointment_id");`,
    );
    this.addSql(
      `create index "encounter_practitioner_id_occurred_at_index" on "encounter" ("practitioner_id", "occurred_at");`,
    );
    this.addSql(
      `create index "encounter_patient_id_occurred_at_index" on "encounter" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "lab_order" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "test_id" uuid not null, "group_id" uuid not null, "test_code" varchar(20) not null, "test_name_fr" varchar(200) not null, "test_name_en" varchar(200) not null, "specimen" varchar(100) not null, "priority" "lab_priority" not null, "status" "lab_order_status" not null default 'ORDERED', "clinical_info" varchar(1000) null, "collected_at" timestamptz null, "collected_by_id" uuid null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "lab_order_recorded_by_id_occurred_at_index" on "lab_order" ("recorded_by_id", "occurred_at");`,
    );
    this.addSql(
      `create index "lab_order_status_occurred_at_index" on "lab_order" ("status", "occurred_at");`,
    );
    this.addSql(
      `create index "lab_order_patient_id_occurred_at_index" on "lab_order" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "lab_result" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "order_id" uuid not null, "test_code" varchar(20) not null, "test_name_fr" varchar(200) not null, "test_name_en" varchar(200) not null, "value_numeric" double precision null, "value_text" varchar(1000) null, "unit" varchar(30) null, "flag" "result_flag" not null, "reference_low" double precision null, "reference_high" double precision null, "comment" varchar(1000) null, "validated_at" timestamptz null, "validated_by_id" uuid null, "validated_by_name" varchar(220) null, primary key ("id"));`,
    );
    this.addSql(`create index "lab_result_order_id_index" on "lab_result" ("order_id");`);
    this.addSql(
      `create index "lab_result_patient_id_occurred_at_index" on "lab_result" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "diagnosis" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "code" varchar(10) null, "label" varchar(300) not null, "uncoded" boolean not null default false, "rank" "diagnosis_rank" not null, "status" "diagnosis_status" not null default 'ACTIVE', "onset_date" date null, "resolved_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "diagnosis_patient_id_occurred_at_index" on "diagnosis" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "care_note" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "category" "care_note_category" not null, "text" text not null, "author_role" "role" not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "care_note_patient_id_occurred_at_index" on "care_note" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "attachment" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "title" varchar(200) not null, "file_name" varchar(255) not null, "content_type" varchar(60) not null, "size_bytes" int not null, "sha256" varchar(64) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "attachment_patient_id_occurred_at_index" on "attachment" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "prescription" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "medication_name" varchar(200) not null, "form" varchar(100) null, "strength" varchar(100) null, "dose" double precision not null, "dose_unit" varchar(30) not null, "route" "medication_route" not null, "schedule_times" text[] not null default '{}', "interval_hours" smallint null, "as_needed" boolean not null default false, "start_at" timestamptz not null, "end_at" timestamptz null, "instructions" varchar(1000) null, "status" "prescription_status" not null default 'ACTIVE', "stopped_at" timestamptz null, "stop_reason" varchar(500) null, "allergy_conflicts" text[] not null default '{}', "allergy_override_reason" varchar(500) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "prescription_patient_id_status_index" on "prescription" ("patient_id", "status");`,
    );
    this.addSql(
      `create index "prescription_patient_id_occurred_at_index" on "prescription" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `create table "medication_administration" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "prescription_id" uuid not null, "scheduled_at" timestamptz null, "status" "administration_status" not null, "dose" double precision null, "dose_unit" varchar(30) null, "route" "medication_route" null, "reason" varchar(500) null, "idempotency_key" varchar(100) not null, "request_hash" varchar(64) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "medication_administration" add constraint "medication_administration_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create index "medication_administration_prescription_id_scheduled_at_index" on "medication_administration" ("prescription_id", "scheduled_at");`,
    );
    this.addSql(
      `create index "medication_administration_patient_id_occurred_at_index" on "medication_administration" ("patient_id", "occurred_at");`,
    );
    this.addSql(
      `create unique index "medication_administration_one_per_dose" on "medication_administration" ("prescription_id", "scheduled_at") where "entered_in_error_at" is null;`,
    );

    this.addSql(
      `create table "vital_signs" ("id" uuid not null, "patient_id" uuid not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "entered_in_error_at" timestamptz null, "entered_in_error_reason" varchar(500) null, "entered_in_error_by_id" uuid null, "replaced_by_id" uuid null, "replaces_id" uuid null, "encounter_id" uuid null, "temperature_c" real null, "heart_rate" smallint null, "systolic_bp" smallint null, "diastolic_bp" smallint null, "respiratory_rate" smallint null, "spo2" smallint null, "on_oxygen" boolean null, "spo2_scale2" boolean not null default false, "consciousness" "consciousness" null, "pain_score" smallint null, "weight_kg" real null, "height_cm" real null, "glucose_mmol_l" real null, "news2_score" smallint null, "news2_risk" "news2_risk" null, "abnormal" text[] not null default '{}', primary key ("id"));`,
    );
    this.addSql(
      `create index "vital_signs_patient_id_occurred_at_index" on "vital_signs" ("patient_id", "occurred_at");`,
    );

    this.addSql(
      `alter table "encounter" add constraint "encounter_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "lab_order" add constraint "lab_order_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "lab_order" add constraint "lab_order_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "lab_order" add constraint "lab_order_test_id_foreign" foreign key ("test_id") references "lab_test" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "lab_result" add constraint "lab_result_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "lab_result" add constraint "lab_result_order_id_foreign" foreign key ("order_id") references "lab_order" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "care_note" add constraint "care_note_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "care_note" add constraint "care_note_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "attachment" add constraint "attachment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "prescription" add constraint "prescription_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "prescription" add constraint "prescription_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "medication_administration" add constraint "medication_administration_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "medication_administration" add constraint "medication_administration_prescription_id_foreign" foreign key ("prescription_id") references "prescription" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "vital_signs" add constraint "vital_signs_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "vital_signs" add constraint "vital_signs_encounter_id_foreign" foreign key ("encounter_id") references "encounter" ("id") on delete restrict;`,
    );

    // Reference data: the starting lab catalogue (LAB_CATALOGUE in modules/records), as values
    // so that this migration means the same whatever the code becomes.
    this
      .addSql(`insert into "lab_test" ("id", "code", "name_fr", "name_en", "specimen", "unit", "numeric", "reference_ranges") values
(gen_random_uuid(), 'HB', 'Hémoglobine', 'Haemoglobin', 'Sang total (EDTA)', 'g/dL', true, '[{"sex":"FEMALE","minAgeYears":16,"low":12,"high":16,"criticalLow":7,"criticalHigh":20},{"sex":"MALE","minAgeYears":16,"low":13,"high":17.5,"criticalLow":7,"criticalHigh":20},{"maxAgeYears":16,"low":11,"high":15.5,"criticalLow":7,"criticalHigh":20},{"low":12,"high":17,"criticalLow":7,"criticalHigh":20}]'::jsonb),
(gen_random_uuid(), 'WBC', 'Leucocytes', 'White blood cells', 'Sang total (EDTA)', 'G/L', true, '[{"low":4,"high":10,"criticalLow":1,"criticalHigh":30}]'::jsonb),
(gen_random_uuid(), 'PLT', 'Plaquettes', 'Platelets', 'Sang total (EDTA)', 'G/L', true, '[{"low":150,"high":400,"criticalLow":20,"criticalHigh":1000}]'::jsonb),
(gen_random_uuid(), 'NEUT', 'Polynucléaires neutrophiles', 'Neutrophils', 'Sang total (EDTA)', 'G/L', true, '[{"low":1.8,"high":7.5,"criticalLow":0.5}]'::jsonb),
(gen_random_uuid(), 'NA', 'Sodium', 'Sodium', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":136,"high":145,"criticalLow":120,"criticalHigh":160}]'::jsonb),
(gen_random_uuid(), 'K', 'Potassium', 'Potassium', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":3.5,"high":5,"criticalLow":2.5,"criticalHigh":6.5}]'::jsonb),
(gen_random_uuid(), 'CL', 'Chlore', 'Chloride', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":98,"high":107}]'::jsonb),
(gen_random_uuid(), 'HCO3', 'Bicarbonates', 'Bicarbonate', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":22,"high":29,"criticalLow":10,"criticalHigh":40}]'::jsonb),
(gen_random_uuid(), 'UREE', 'Urée', 'Urea', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":2.5,"high":7.5,"criticalHigh":35}]'::jsonb),
(gen_random_uuid(), 'CREA', 'Créatinine', 'Creatinine', 'Sang (plasma hépariné)', 'µmol/L', true, '[{"sex":"FEMALE","low":45,"high":90,"criticalHigh":700},{"sex":"MALE","low":60,"high":110,"criticalHigh":700},{"low":45,"high":110,"criticalHigh":700}]'::jsonb),
(gen_random_uuid(), 'GLU', 'Glycémie à jeun', 'Fasting glucose', 'Sang (plasma fluoré)', 'mmol/L', true, '[{"low":3.9,"high":5.5,"criticalLow":2.5,"criticalHigh":25}]'::jsonb),
(gen_random_uuid(), 'HBA1C', 'Hémoglobine glyquée', 'Glycated haemoglobin', 'Sang total (EDTA)', '%', true, '[{"low":4,"high":6}]'::jsonb),
(gen_random_uuid(), 'CA', 'Calcium', 'Calcium', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":2.2,"high":2.6,"criticalLow":1.6,"criticalHigh":3.4}]'::jsonb),
(gen_random_uuid(), 'MG', 'Magnésium', 'Magnesium', 'Sang (plasma hépariné)', 'mmol/L', true, '[{"low":0.7,"high":1.05,"criticalLow":0.4,"criticalHigh":2.5}]'::jsonb),
(gen_random_uuid(), 'CRP', 'Protéine C réactive', 'C-reactive protein', 'Sang (plasma hépariné)', 'mg/L', true, '[{"high":5}]'::jsonb),
(gen_random_uuid(), 'PCT', 'Procalcitonine', 'Procalcitonin', 'Sang (plasma hépariné)', 'µg/L', true, '[{"high":0.5}]'::jsonb),
(gen_random_uuid(), 'TROP', 'Troponine I ultrasensible', 'High-sensitivity troponin I', 'Sang (plasma hépariné)', 'ng/L', true, '[{"high":34,"criticalHigh":1000}]'::jsonb),
(gen_random_uuid(), 'BNP', 'NT-proBNP', 'NT-proBNP', 'Sang (plasma hépariné)', 'ng/L', true, '[{"high":125}]'::jsonb),
(gen_random_uuid(), 'TP', 'Taux de prothrombine', 'Prothrombin ratio', 'Sang (citrate)', '%', true, '[{"low":70,"high":100,"criticalLow":20}]'::jsonb),
(gen_random_uuid(), 'INR', 'INR', 'INR', 'Sang (citrate)', null, true, '[{"low":0.8,"high":1.2,"criticalHigh":5}]'::jsonb),
(gen_random_uuid(), 'TCA', 'Temps de céphaline activée (ratio)', 'Activated partial thromboplastin time (ratio)', 'Sang (citrate)', null, true, '[{"low":0.8,"high":1.2,"criticalHigh":3}]'::jsonb),
(gen_random_uuid(), 'DDIM', 'D-dimères', 'D-dimer', 'Sang (citrate)', 'µg/L', true, '[{"high":500}]'::jsonb),
(gen_random_uuid(), 'ASAT', 'ASAT (TGO)', 'AST', 'Sang (plasma hépariné)', 'UI/L', true, '[{"high":40}]'::jsonb),
(gen_random_uuid(), 'ALAT', 'ALAT (TGP)', 'ALT', 'Sang (plasma hépariné)', 'UI/L', true, '[{"high":45}]'::jsonb),
(gen_random_uuid(), 'GGT', 'Gamma-GT', 'Gamma-GT', 'Sang (plasma hépariné)', 'UI/L', true, '[{"sex":"FEMALE","high":38},{"high":55}]'::jsonb),
(gen_random_uuid(), 'BILT', 'Bilirubine totale', 'Total bilirubin', 'Sang (plasma hépariné)', 'µmol/L', true, '[{"high":21,"criticalHigh":300}]'::jsonb),
(gen_random_uuid(), 'LIP', 'Lipase', 'Lipase', 'Sang (plasma hépariné)', 'UI/L', true, '[{"high":60}]'::jsonb),
(gen_random_uuid(), 'TSH', 'TSH', 'TSH', 'Sang (sérum)', 'mUI/L', true, '[{"low":0.4,"high":4}]'::jsonb),
(gen_random_uuid(), 'LACT', 'Lactates', 'Lactate', 'Sang (plasma fluoré)', 'mmol/L', true, '[{"high":2,"criticalHigh":4}]'::jsonb),
(gen_random_uuid(), 'CHOL', 'Cholestérol total', 'Total cholesterol', 'Sang (sérum)', 'mmol/L', true, '[{"high":5.2}]'::jsonb),
(gen_random_uuid(), 'ECBU', 'Examen cytobactériologique des urines', 'Urine culture', 'Urine', null, false, '[]'::jsonb),
(gen_random_uuid(), 'HEMOC', 'Hémoculture', 'Blood culture', 'Sang (flacons d’hémoculture)', null, false, '[]'::jsonb),
(gen_random_uuid(), 'GRS', 'Groupe sanguin ABO-Rhésus', 'ABO-Rh blood group', 'Sang total (EDTA)', null, false, '[]'::jsonb),
(gen_random_uuid(), 'COVID', 'PCR SARS-CoV-2', 'SARS-CoV-2 PCR', 'Écouvillon nasopharyngé', null, false, '[]'::jsonb) on conflict ("code") do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lab_order" drop constraint "lab_order_test_id_foreign";`);
    this.addSql(`alter table "lab_order" drop constraint "lab_order_encounter_id_foreign";`);
    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_encounter_id_foreign";`);
    this.addSql(`alter table "care_note" drop constraint "care_note_encounter_id_foreign";`);
    this.addSql(`alter table "attachment" drop constraint "attachment_encounter_id_foreign";`);
    this.addSql(`alter table "prescription" drop constraint "prescription_encounter_id_foreign";`);
    this.addSql(`alter table "vital_signs" drop constraint "vital_signs_encounter_id_foreign";`);
    this.addSql(`alter table "lab_result" drop constraint "lab_result_order_id_foreign";`);
    this.addSql(
      `alter table "medication_administration" drop constraint "medication_administration_prescription_id_foreign";`,
    );

    this.addSql(`drop table if exists "lab_test" cascade;`);
    this.addSql(`drop table if exists "encounter" cascade;`);
    this.addSql(`drop table if exists "lab_order" cascade;`);
    this.addSql(`drop table if exists "lab_result" cascade;`);
    this.addSql(`drop table if exists "diagnosis" cascade;`);
    this.addSql(`drop table if exists "care_note" cascade;`);
    this.addSql(`drop table if exists "attachment" cascade;`);
    this.addSql(`drop table if exists "prescription" cascade;`);
    this.addSql(`drop table if exists "medication_administration" cascade;`);
    this.addSql(`drop table if exists "vital_signs" cascade;`);

    this.addSql(`drop type "encounter_kind";`);
    this.addSql(`drop type "encounter_status";`);
    this.addSql(`drop type "lab_priority";`);
    this.addSql(`drop type "lab_order_status";`);
    this.addSql(`drop type "result_flag";`);
    this.addSql(`drop type "diagnosis_rank";`);
    this.addSql(`drop type "diagnosis_status";`);
    this.addSql(`drop type "care_note_category";`);
    this.addSql(`drop type "medication_route";`);
    this.addSql(`drop type "prescription_status";`);
    this.addSql(`drop type "administration_status";`);
    this.addSql(`drop type "consciousness";`);
    this.addSql(`drop type "news2_risk";`);
  }
}
