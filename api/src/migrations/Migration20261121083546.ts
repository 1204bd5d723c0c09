import { Migration } from '@mikro-orm/migrations';

export class Migration20261121083546 extends Migration {

  override name = 'Migration20261121083546';

  override up(): void | Promise<void> {
    this.addSql(`create type "availability_exception_kind" as enum ('ABSENCE', 'EXTRA');`);
    this.addSql(`create type "appointment_status" as enum ('SCHEDULED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'CANCELLED_PRACTITIONER_ABSENT');`);
    this.addSql(`create type "waitlist_status" as enum ('WAITING', 'OFFERED', 'FULFILLED', 'CANCELLED');`);
    this.addSql(`create type "waitlist_offer_status" as enum ('PENDING', 'ACCEPTED', 'EXPIRED', 'TAKEN');`);
    this.addSql(`create table "practitioner" ("id" uuid not null, "user_id" uuid not null, "specialty" varchar(40) not null, "bio" text null, "languages" text[] not null, "consultation_minutes" int not null default 20, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "practitioner" add constraint "practitioner_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "practitioner_specialty_index" on "practitioner" ("specialty");`);

    this.addSql(`create table "availability_session" ("id" uuid not null, "practitioner_id" uuid not null, "weekday" smallint not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "slot_minutes" int not null, primary key ("id"));`);
    this.addSql(`create index "availability_session_practitioner_id_index" on "availability_session" ("practitioner_id");`);

    this.addSql(`create table "availability_exception" ("id" uuid not null, "practitioner_id" uuid not null, "kind" "availability_exception_kind" not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "slot_minutes" int null, "reason" varchar(300) null, primary key ("id"));`);
    this.addSql(`create index "availability_exception_practitioner_id_starts_at_index" on "availability_exception" ("practitioner_id", "starts_at");`);

    this.addSql(`create table "appointment" ("id" uuid not null, "patient_id" uuid not null, "practitioner_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "original_starts_at" timestamptz null, "status" "appointment_status" not null default 'SCHEDULED', "reason" varchar(500) not null, "cancel_reason" varchar(500) null, "outside_session_reason" varchar(500) null, "booked_by" uuid null, "checked_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "appointment_patient_id_starts_at_index" on "appointment" ("patient_id", "starts_at");`);
    this.addSql(`create index "appointment_practitioner_id_starts_at_index" on "appointment" ("practitioner_id", "starts_at");`);

    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" varchar(60) not null, "title" varchar(200) not null, "body" text not null, "urgent" boolean not null default false, "link" varchar(300) null, "read_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "waitlist_request" ("id" uuid not null, "patient_id" uuid not null, "practitioner_id" uuid null, "specialty" varchar(40) null, "from_date" date not null, "to_date" date not null, "status" "waitlist_status" not null default 'WAITING', "reason" varchar(500) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "waitlist_request_status_created_at_index" on "waitlist_request" ("status", "created_at");`);

    this.addSql(`create table "waitlist_offer" ("id" uuid not null, "request_id" uuid not null, "practitioner_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "expires_at" timestamptz not null, "status" "waitlist_offer_status" not null default 'PENDING', primary key ("id"));`);
    this.addSql(`create index "waitlist_offer_request_id_index" on "waitlist_offer" ("request_id");`);

    this.addSql(`alter table "practitioner" add constraint "practitioner_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "availability_session" add constraint "availability_session_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on delete cascade;`);

    this.addSql(`alter table "availability_exception" add constraint "availability_exception_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on delete cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id");`);
    this.addSql(`alter table "appointment" add constraint "appointment_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id");`);
    this.addSql(`alter table "appointment" add constraint "appointment_positive_length" check (ends_at > starts_at);`);
    this.addSql(`alter table "appointment" add constraint "appointment_patient_no_overlap" exclude using gist (patient_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status not in ('CANCELLED', 'CANCELLED_PRACTITIONER_ABSENT'));`);
    this.addSql(`alter table "appointment" add constraint "appointment_practitioner_no_overlap" exclude using gist (practitioner_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status not in ('CANCELLED', 'CANCELLED_PRACTITIONER_ABSENT'));`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "waitlist_request" add constraint "waitlist_request_patient_id_foreign" foreign key ("patient_id") references "patient" ("id");`);
    this.addSql(`alter table "waitlist_request" add constraint "waitlist_request_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on delete set null;`);

    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_request_id_foreign" foreign key ("request_id") references "waitlist_request" ("id");`);
    this.addSql(`alter table "waitlist_offer" add constraint "waitlist_offer_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "availability_session" drop constraint "availability_session_practitioner_id_foreign";`);
    this.addSql(`alter table "availability_exception" drop constraint "availability_exception_practitioner_id_foreign";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_practitioner_id_foreign";`);
    this.addSql(`alter table "waitlist_request" drop constraint "waitlist_request_practitioner_id_foreign";`);
    this.addSql(`alter table "waitlist_offer" drop constraint "waitlist_offer_practitioner_id_foreign";`);
    this.addSql(`alter table "waitlist_offer" drop constraint "waitlist_offer_request_id_foreign";`);

    this.addSql(`drop table if exists "practitioner" cascade;`);
    this.addSql(`drop table if exists "availability_session" cascade;`);
    this.addSql(`drop table if exists "availability_exception" cascade;`);
    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "waitlist_request" cascade;`);
    this.addSql(`drop table if exists "waitlist_offer" cascade;`);

    this.addSql(`drop type "availability_exception_kind";`);
    this.addSql(`drop type "appointment_status";`);
    this.addSql(`drop type "waitlist_status";`);
    this.addSql(`drop type "waitlist_offer_status";`);
  }

}
