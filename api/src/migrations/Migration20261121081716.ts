import { Migration } from '@mikro-orm/migrations';

export class Migration20261121081716 extends Migration {
  override name = 'Migration20261121081716';

  override up(): void | Promise<void> {
    // Extensions are not managed by the ORM: the first migration creates every one we use.
    for (const ext of ['citext', 'pg_trgm', 'btree_gist', 'unaccent', 'pgcrypto']) {
      this.addSql(`create extension if not exists "${ext}";`);
    }
    // MRNs are numbered by a sequence so that concurrent registrations never collide.
    this.addSql(`create sequence if not exists "patient_mrn_seq" start 1;`);
    this.addSql(`create type "audit_outcome" as enum ('SUCCESS', 'FAILURE', 'DENIED');`);
    this.addSql(`create type "sex" as enum ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');`);
    this.addSql(
      `create type "role" as enum ('ADMIN', 'MANAGER', 'DOCTOR', 'NURSE', 'RECEPTIONIST', 'LAB_TECHNICIAN', 'PHARMACIST', 'CASHIER', 'PATIENT');`,
    );
    this.addSql(`create type "locale" as enum ('fr', 'en');`);
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_id" uuid null, "actor_role" varchar(20) null, "action" varchar(80) not null, "target_type" varchar(60) null, "target_id" varchar(64) null, "patient_id" uuid null, "outcome" "audit_outcome" not null, "error_code" varchar(40) null, "ip" varchar(64) null, "user_agent" varchar(300) null, "request_id" varchar(64) null, "details" jsonb not null default '{}', "prev_hash" varchar(64) null, "hash" varchar(64) null);`,
    );
    this.addSql(
      `create index "audit_event_action_occurred_at_index" on "audit_event" ("action", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_event_patient_id_occurred_at_index" on "audit_event" ("patient_id", "occurred_at");`,
    );
    this.addSql(
      `create index "audit_event_actor_id_occurred_at_index" on "audit_event" ("actor_id", "occurred_at");`,
    );
    this.addSql(
      `create or replace function "audit_event_audit_event_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_event_append_only" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_append_only_fn"();`,
    );
    this
      .addSql(`create or replace function "audit_event_audit_event_chain_fn"() returns trigger as \$\$ begin perform pg_advisory_xact_lock(74280011);     new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));     select e.hash into new.prev_hash from audit_event e order by e.id desc limit 1;     new.prev_hash := coalesce(new.prev_hash, '0000000000000000000000000000000000000000000000000000000000000000');     new.hash := encode(sha256(convert_to(jsonb_build_array(
    new.prev_hash, new.id,
    to_char(new.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.actor_id, new.actor_role, new.action, new.target_type, new.target_id,
    new.patient_id, new.outcome, new.error_code, new.ip, new.user_agent,
    new.request_id, new.details
  )::text, 'UTF8')), 'hex');     return new; end; \$\$ language plpgsql;`);
    this.addSql(
      `create trigger "audit_event_chain" BEFORE INSERT on "audit_event" for each ROW execute function "audit_event_audit_event_chain_fn"();`,
    );

    this.addSql(
      `create or replace function "audit_event_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_event_no_truncate" BEFORE TRUNCATE on "audit_event" for each STATEMENT execute function "audit_event_no_truncate_fn"();`,
    );

    this.addSql(
      `create table "patient" ("id" uuid not null, "mrn" varchar(12) not null, "family_name" varchar(100) not null, "given_names" varchar(100) not null, "birth_date" date not null, "sex" "sex" not null, "phone" varchar(40) null, "email" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "patient" add constraint "patient_mrn_unique" unique ("mrn");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" citext not null, "password_hash" varchar(255) not null, "role" "role" not null, "active" boolean not null default true, "must_change_password" boolean not null default false, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "phone" varchar(40) null, "address" varchar(300) null, "job_title" varchar(100) null, "locale" "locale" not null default 'fr', "patient_id" uuid null, "failed_login_count" int not null default 0, "lock_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_role_index" on "app_user" ("role");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_patient_id_unique" unique ("patient_id");`,
    );

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, "ip" varchar(64) null, "user_agent" varchar(300) null, primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`,
    );
  }
}
