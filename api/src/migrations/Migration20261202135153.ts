import { Migration } from '@mikro-orm/migrations';

export class Migration20261202135153 extends Migration {

  override name = 'Migration20261202135153';

  override up(): void | Promise<void> {
    // Numbers the temporary names of unknown patients ("INCONNU Homme 0412").
    this.addSql(`create sequence "emergency_unknown_seq" start 1;`);
    this.addSql(`create type "arrival_mode" as enum ('WALK_IN', 'AMBULANCE', 'SMUR', 'POLICE', 'FIRE_BRIGADE');`);
    this.addSql(`create type "chief_complaint" as enum ('CHEST_PAIN', 'BREATHLESSNESS', 'CARDIAC_ARREST', 'PALPITATIONS', 'STROKE_SIGNS', 'SEIZURE', 'ALTERED_CONSCIOUSNESS', 'HEADACHE', 'ABDOMINAL_PAIN', 'VOMITING_DIARRHOEA', 'GI_BLEEDING', 'FEVER', 'ALLERGIC_REACTION', 'MAJOR_TRAUMA', 'HEAD_INJURY', 'LIMB_INJURY', 'WOUND', 'BURN', 'BACK_PAIN', 'URINARY', 'PREGNANCY', 'POISONING', 'PSYCHIATRIC', 'SKIN', 'EYE', 'ENT', 'MALAISE', 'OTHER');`);
    this.addSql(`create type "emergency_status" as enum ('WAITING', 'IN_TRIAGE', 'WAITING_FOR_DOCTOR', 'WITH_DOCTOR', 'AWAITING_DECISION', 'CLOSED');`);
    this.addSql(`create type "triage_level" as enum ('L1', 'L2', 'L3A', 'L3B', 'L4', 'L5');`);
    this.addSql(`create type "emergency_area" as enum ('WAITING_ROOM', 'BOX', 'CORRIDOR', 'RESUS');`);
    this.addSql(`create type "emergency_outcome" as enum ('DISCHARGED', 'ADMITTED', 'TRANSFERRED', 'LEFT_WITHOUT_BEING_SEEN', 'DECEASED');`);
    this.addSql(`create table "emergency_case" ("id" uuid not null, "patient_id" uuid not null, "arrived_at" timestamptz not null, "mode" "arrival_mode" not null, "complaint" "chief_complaint" not null, "complaint_text" varchar(500) null, "status" "emergency_status" not null default 'WAITING', "level" "triage_level" null, "triaged_at" timestamptz null, "area" "emergency_area" not null default 'WAITING_ROOM', "area_label" varchar(40) null, "doctor_user_id" uuid null, "doctor_name" varchar(220) null, "doctor_at" timestamptz null, "outcome" "emergency_outcome" null, "outcome_note" text null, "transfer_to" varchar(200) null, "admission_id" uuid null, "closed_at" timestamptz null, "closed_by_id" uuid null, "temporary_patient_id" uuid null, "identity_description" varchar(500) null, "estimated_age" smallint null, "registered_by_id" uuid not null, "registered_by_name" varchar(220) not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "emergency_case_open" on "emergency_case" ("arrived_at") where "closed_at" is null;`);
    this.addSql(`create index "emergency_case_patient_id_arrived_at_index" on "emergency_case" ("patient_id", "arrived_at");`);
    this.addSql(`create index "emergency_case_arrived_at_index" on "emergency_case" ("arrived_at");`);
    this.addSql(`create unique index "emergency_case_one_open_per_patient" on "emergency_case" ("patient_id") where "closed_at" is null;`);

    this.addSql(`create table "emergency_triage" ("id" uuid not null, "case_id" uuid not null, "level" "triage_level" not null, "at" timestamptz not null, "by_user_id" uuid not null, "by_name" varchar(220) not null, "vitals_id" uuid null, "news2_score" smallint null, "news2_risk" "news2_risk" null, "note" varchar(1000) null, primary key ("id"));`);
    this.addSql(`create index "emergency_triage_case_id_at_index" on "emergency_triage" ("case_id", "at");`);

    this.addSql(`create table "emergency_amendment" ("id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "by_user_id" uuid not null, "by_name" varchar(220) not null, "reason" varchar(500) not null, "note" text not null, primary key ("id"));`);
    this.addSql(`create index "emergency_amendment_case_id_at_index" on "emergency_amendment" ("case_id", "at");`);

    this.addSql(`alter table "emergency_case" add constraint "emergency_case_patient_id_foreign" foreign key ("patient_id") references "patient" ("id");`);
    this.addSql(`alter table "emergency_case" add constraint "emergency_case_closed_has_outcome" check ((closed_at is null) = (outcome is null));`);

    this.addSql(`alter table "emergency_triage" add constraint "emergency_triage_case_id_foreign" foreign key ("case_id") references "emergency_case" ("id");`);

    this.addSql(`alter table "emergency_amendment" add constraint "emergency_amendment_case_id_foreign" foreign key ("case_id") references "emergency_case" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "emergency_triage" drop constraint "emergency_triage_case_id_foreign";`);
    this.addSql(`alter table "emergency_amendment" drop constraint "emergency_amendment_case_id_foreign";`);

    this.addSql(`drop table if exists "emergency_case" cascade;`);
    this.addSql(`drop table if exists "emergency_triage" cascade;`);
    this.addSql(`drop table if exists "emergency_amendment" cascade;`);

    this.addSql(`drop type "arrival_mode";`);
    this.addSql(`drop type "chief_complaint";`);
    this.addSql(`drop type "emergency_status";`);
    this.addSql(`drop type "triage_level";`);
    this.addSql(`drop type "emergency_area";`);
    this.addSql(`drop type "emergency_outcome";`);
    this.addSql(`drop sequence if exists "emergency_unknown_seq";`);
  }

}
