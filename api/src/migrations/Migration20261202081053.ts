import { Migration } from '@mikro-orm/migrations';

export class Migration20261202081053 extends Migration {

  override name = 'Migration20261202081053';

  override up(): void | Promise<void> {
    this.addSql(`create type "admission_status" as enum ('ACTIVE', 'DISCHARGED', 'CANCELLED');`);
    this.addSql(`create type "admission_source" as enum ('EMERGENCY', 'ELECTIVE', 'TRANSFER_IN');`);
    this.addSql(`create type "discharge_destination" as enum ('HOME', 'TRANSFER', 'DECEASED', 'AGAINST_ADVICE');`);
    this.addSql(`create type "ward_sex_policy" as enum ('MIXED', 'FEMALE', 'MALE');`);
    this.addSql(`create type "room_kind" as enum ('SINGLE', 'DOUBLE', 'MULTI');`);
    this.addSql(`create type "nursing_shift" as enum ('DAY', 'EVENING', 'NIGHT');`);
    this.addSql(`create type "bed_condition" as enum ('READY', 'TO_CLEAN', 'OUT_OF_SERVICE');`);
    this.addSql(`create table "admission" ("id" uuid not null, "patient_id" uuid not null, "status" "admission_status" not null default 'ACTIVE', "source" "admission_source" not null, "reason" varchar(500) not null, "expected_days" smallint null, "attending_user_id" uuid not null, "attending_name" varchar(220) not null, "admitted_at" timestamptz not null, "admitted_by_id" uuid not null, "discharged_at" timestamptz null, "discharge_destination" "discharge_destination" null, "discharge_summary" text null, "discharged_by_id" uuid null, "cancelled_at" timestamptz null, "cancel_reason" varchar(500) null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "admission_attending_user_id_status_index" on "admission" ("attending_user_id", "status");`);
    this.addSql(`create index "admission_patient_id_admitted_at_index" on "admission" ("patient_id", "admitted_at");`);
    this.addSql(`create unique index "admission_one_active_per_patient" on "admission" ("patient_id") where "status" = 'ACTIVE';`);

    this.addSql(`create table "care_team_member" ("id" uuid not null, "admission_id" uuid not null, "user_id" uuid not null, "name" varchar(220) not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "care_team_member_user_id_index" on "care_team_member" ("user_id");`);
    this.addSql(`alter table "care_team_member" add constraint "care_team_member_admission_id_user_id_unique" unique ("admission_id", "user_id");`);

    this.addSql(`create table "ward" ("id" uuid not null, "name" varchar(120) not null, "service" varchar(120) not null, "floor" varchar(40) not null, "sex_policy" "ward_sex_policy" not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "ward" add constraint "ward_name_unique" unique ("name");`);

    this.addSql(`create table "room" ("id" uuid not null, "ward_id" uuid not null, "number" varchar(20) not null, "kind" "room_kind" not null, "isolation_capable" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "room" add constraint "room_ward_id_number_unique" unique ("ward_id", "number");`);

    this.addSql(`create table "nurse_assignment" ("id" uuid not null, "ward_id" uuid not null, "date" date not null, "shift" "nursing_shift" not null, "nurse_user_id" uuid not null, "nurse_name" varchar(220) not null, "assigned_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "nurse_assignment_nurse_user_id_date_index" on "nurse_assignment" ("nurse_user_id", "date");`);
    this.addSql(`alter table "nurse_assignment" add constraint "nurse_assignment_ward_id_date_shift_nurse_user_id_unique" unique ("ward_id", "date", "shift", "nurse_user_id");`);

    this.addSql(`create table "bed" ("id" uuid not null, "room_id" uuid not null, "ward_id" uuid not null, "label" varchar(20) not null, "condition" "bed_condition" not null default 'READY', "condition_reason" varchar(300) null, "condition_since" timestamptz not null, "created_at" timestamptz not null, "removed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create unique index "bed_ward_label_unique" on "bed" ("ward_id", "label") where "removed_at" is null;`);

    this.addSql(`create table "bed_stay" ("id" uuid not null, "admission_id" uuid not null, "bed_id" uuid not null, "ward_id" uuid not null, "patient_id" uuid not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "transfer_reason" varchar(500) null, "cancelled" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "bed_stay_ward_id_ended_at_index" on "bed_stay" ("ward_id", "ended_at");`);
    this.addSql(`create index "bed_stay_bed_id_started_at_index" on "bed_stay" ("bed_id", "started_at");`);

    this.addSql(`create table "bed_reservation" ("id" uuid not null, "bed_id" uuid not null, "patient_id" uuid not null, "planned_for" timestamptz not null, "note" varchar(300) null, "closed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "bed_reservation_one_open" on "bed_reservation" ("bed_id") where "closed_at" is null;`);

    this.addSql(`alter type "encounter_kind" add value if not exists 'INPATIENT' after 'TELECONSULTATION';`);
    this.addSql(`alter table "encounter" add "admission_id" uuid null;`);
    this.addSql(`alter table "encounter" add constraint "encounter_admission_id_unique" unique ("admission_id");`);

    this.addSql(`alter table "admission" add constraint "admission_patient_id_foreign" foreign key ("patient_id") references "patient" ("id");`);

    this.addSql(`alter table "care_team_member" add constraint "care_team_member_admission_id_foreign" foreign key ("admission_id") references "admission" ("id");`);

    this.addSql(`alter table "room" add constraint "room_ward_id_foreign" foreign key ("ward_id") references "ward" ("id");`);

    this.addSql(`alter table "nurse_assignment" add constraint "nurse_assignment_ward_id_foreign" foreign key ("ward_id") references "ward" ("id");`);

    this.addSql(`alter table "bed" add constraint "bed_room_id_foreign" foreign key ("room_id") references "room" ("id");`);
    this.addSql(`alter table "bed" add constraint "bed_ward_id_foreign" foreign key ("ward_id") references "ward" ("id");`);

    this.addSql(`alter table "bed_stay" add constraint "bed_stay_admission_id_foreign" foreign key ("admission_id") references "admission" ("id");`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_bed_id_foreign" foreign key ("bed_id") references "bed" ("id");`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_positive_length" check (ended_at is null or ended_at > started_at);`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_patient_no_overlap" exclude using gist (patient_id with =, tstzrange(started_at, ended_at, '[)') with &&) where (not cancelled);`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_bed_no_overlap" exclude using gist (bed_id with =, tstzrange(started_at, ended_at, '[)') with &&) where (not cancelled);`);

    this.addSql(`alter table "bed_reservation" add constraint "bed_reservation_bed_id_foreign" foreign key ("bed_id") references "bed" ("id");`);
    this.addSql(`alter table "bed_reservation" add constraint "bed_reservation_patient_id_foreign" foreign key ("patient_id") references "patient" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "care_team_member" drop constraint "care_team_member_admission_id_foreign";`);
    this.addSql(`alter table "bed_stay" drop constraint "bed_stay_admission_id_foreign";`);
    this.addSql(`alter table "room" drop constraint "room_ward_id_foreign";`);
    this.addSql(`alter table "nurse_assignment" drop constraint "nurse_assignment_ward_id_foreign";`);
    this.addSql(`alter table "bed" drop constraint "bed_ward_id_foreign";`);
    this.addSql(`alter table "bed" drop constraint "bed_room_id_foreign";`);
    this.addSql(`alter table "bed_stay" drop constraint "bed_stay_bed_id_foreign";`);
    this.addSql(`alter table "bed_reservation" drop constraint "bed_reservation_bed_id_foreign";`);

    this.addSql(`drop table if exists "admission" cascade;`);
    this.addSql(`drop table if exists "care_team_member" cascade;`);
    this.addSql(`drop table if exists "ward" cascade;`);
    this.addSql(`drop table if exists "room" cascade;`);
    this.addSql(`drop table if exists "nurse_assignment" cascade;`);
    this.addSql(`drop table if exists "bed" cascade;`);
    this.addSql(`drop table if exists "bed_stay" cascade;`);
    this.addSql(`drop table if exists "bed_reservation" cascade;`);

    this.addSql(`alter table "encounter" drop constraint "encounter_admission_id_unique";`);
    this.addSql(`alter table "encounter" drop column "admission_id";`);

    this.addSql(`drop type "admission_status";`);
    this.addSql(`drop type "admission_source";`);
    this.addSql(`drop type "discharge_destination";`);
    this.addSql(`drop type "ward_sex_policy";`);
    this.addSql(`drop type "room_kind";`);
    this.addSql(`drop type "nursing_shift";`);
    this.addSql(`drop type "bed_condition";`);
  }

}
