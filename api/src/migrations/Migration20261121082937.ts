import { Migration } from '@mikro-orm/migrations';

export class Migration20261121082937 extends Migration {
  override name = 'Migration20261121082937';

  override up(): void | Promise<void> {
    // The ORM does not manage functions. These IMMUTABLE ones compute the patient's generated
    // search keys (and normalise queries the same way); `unaccent` itself is only STABLE, since
    // its dictionary could change, so it is called with an explicit dictionary here.
    this.addSql(
      `create or replace function cg_search_norm(text) returns text language sql immutable parallel safe strict as $$ select btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[[:space:][:punct:]]+', ' ', 'g')) $$;`,
    );
    // Phone numbers as digits in international form: "00" dropped, a national "0" becomes the
    // default country code (33, France).
    this.addSql(
      `create or replace function cg_phone_key(text) returns text language sql immutable parallel safe strict as $$ select case when d = '' then null when d like '00%' then substr(d, 3) when d like '0%' then '33' || substr(d, 2) else d end from (select regexp_replace($1, '\\D', '', 'g') as d) s $$;`,
    );
    this.addSql(
      `create or replace function cg_ident_key(text) returns text language sql immutable parallel safe strict as $$ select nullif(upper(regexp_replace($1, '[^0-9A-Za-z]', '', 'g')), '') $$;`,
    );
    this.addSql(
      `create type "blood_group" as enum ('A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG');`,
    );
    this.addSql(`create type "patient_status" as enum ('ACTIVE', 'DECEASED', 'MERGED');`);
    this.addSql(
      `create type "allergy_status" as enum ('UNKNOWN', 'NO_KNOWN_ALLERGIES', 'HAS_ALLERGIES');`,
    );
    this.addSql(`create type "allergy_kind" as enum ('ALLERGY', 'INTOLERANCE');`);
    this.addSql(
      `create type "allergy_severity" as enum ('MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING');`,
    );
    this.addSql(
      `create type "allergy_clinical_status" as enum ('ACTIVE', 'INACTIVE', 'ENTERED_IN_ERROR');`,
    );
    this.addSql(
      `create table "allergy" ("id" uuid not null, "patient_id" uuid not null, "kind" "allergy_kind" not null default 'ALLERGY', "substance" varchar(200) not null, "reaction" varchar(500) null, "severity" "allergy_severity" not null, "status" "allergy_clinical_status" not null default 'ACTIVE', "onset_date" date null, "note" varchar(1000) null, "recorded_by_id" uuid not null, "recorded_by_name" varchar(220) not null, "recorded_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "allergy_patient_id_index" on "allergy" ("patient_id");`);

    this.addSql(
      `alter table "patient" add "blood_group" "blood_group" null, add "weight_kg" double precision null, add "height_cm" smallint null, add "secondary_phone" varchar(40) null, add "address_line1" varchar(200) null, add "address_line2" varchar(200) null, add "address_postal_code" varchar(20) null, add "address_city" varchar(100) null, add "address_country" varchar(2) null, add "preferred_language" varchar(8) not null default 'fr', add "emergency_contact_name" varchar(200) null, add "emergency_contact_relation" varchar(60) null, add "emergency_contact_phone" varchar(40) null, add "insurance_payer" varchar(120) null, add "insurance_member_number" varchar(40) null, add "administrative_notes" text null, add "status" "patient_status" not null default 'ACTIVE', add "deceased_on" date null, add "merged_into_id" uuid null, add "merged_at" timestamptz null, add "allergy_status" "allergy_status" not null default 'UNKNOWN', add "allergy_status_recorded_at" timestamptz null, add "allergy_status_recorded_by" uuid null, add "search_name" text collate "C" generated always as (cg_search_norm(((family_name)::text || ' '::text) || (given_names)::text)) stored, add "phone_key" text collate "C" generated always as (cg_phone_key(phone)) stored, add "secondary_phone_key" text collate "C" generated always as (cg_phone_key(secondary_phone)) stored, add "insurance_key" text collate "C" generated always as (cg_ident_key(insurance_member_number)) stored, add "family_key" text collate "C" generated always as (cg_search_norm((family_name)::text)) stored, add "given_first_key" text collate "C" generated always as (cg_search_norm(((given_names)::text || ' '::text) || (family_name)::text)) stored;`,
    );
    this.addSql(
      `alter table "patient" add constraint "patient_merged_into_id_foreign" foreign key ("merged_into_id") references "patient" ("id") on delete restrict;`,
    );
    this.addSql(`create index "patient_birth_date_index" on "patient" ("birth_date");`);
    this.addSql(`create index "patient_search_name_prefix" on "patient" ("search_name");`);
    this.addSql(`create index "patient_phone_key_index" on "patient" ("phone_key");`);
    this.addSql(
      `create index "patient_secondary_phone_key_index" on "patient" ("secondary_phone_key");`,
    );
    this.addSql(`create index "patient_insurance_key_index" on "patient" ("insurance_key");`);
    this.addSql(`create index "patient_mrn_pattern" on "patient" ("mrn" varchar_pattern_ops);`);
    this.addSql(
      `create index "patient_search_name_trgm" on "patient" using gin ("search_name" gin_trgm_ops);`,
    );

    this.addSql(
      `alter table "allergy" add constraint "allergy_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "allergy" cascade;`);

    this.addSql(`alter table "patient" drop constraint "patient_merged_into_id_foreign";`);

    this.addSql(`drop index "patient_birth_date_index";`);
    this.addSql(`drop index "patient_search_name_prefix";`);
    this.addSql(`drop index "patient_phone_key_index";`);
    this.addSql(`drop index "patient_secondary_phone_key_index";`);
    this.addSql(`drop index "patient_insurance_key_index";`);
    this.addSql(`drop index "patient_search_name_trgm";`);
    this.addSql(`drop index "patient_mrn_pattern";`);
    this.addSql(
      `alter table "patient" drop column "blood_group", drop column "weight_kg", drop column "height_cm", drop column "secondary_phone", drop column "address_line1", drop column "address_line2", drop column "address_postal_code", drop column "address_city", drop column "address_country", drop column "preferred_language", drop column "emergency_contact_name", drop column "emergency_contact_relation", drop column "emergency_contact_phone", drop column "insurance_payer", drop column "insurance_member_number", drop column "administrative_notes", drop column "status", drop column "deceased_on", drop column "merged_into_id", drop column "merged_at", drop column "allergy_status", drop column "allergy_status_recorded_at", drop column "allergy_status_recorded_by", drop column "search_name", drop column "phone_key", drop column "secondary_phone_key", drop column "insurance_key", drop column "family_key", drop column "given_first_key";`,
    );

    this.addSql(`drop type "blood_group";`);
    this.addSql(`drop type "patient_status";`);
    this.addSql(`drop type "allergy_status";`);
    this.addSql(`drop type "allergy_kind";`);
    this.addSql(`drop type "allergy_severity";`);
    this.addSql(`drop type "allergy_clinical_status";`);
    this.addSql(`drop function cg_search_norm(text), cg_phone_key(text), cg_ident_key(text);`);
  }
}
