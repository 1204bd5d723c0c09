import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172520 extends Migration {

  override name = 'Migration20261202172520';

  override up(): void | Promise<void> {
    this.addSql(`create type "stock_item_kind" as enum ('MEDICATION', 'CONSUMABLE');`);
    this.addSql(`create type "lot_status" as enum ('ACTIVE', 'RECALLED');`);
    this.addSql(`create type "movement_kind" as enum ('RECEIPT', 'TRANSFER', 'DISPENSE', 'ADJUSTMENT', 'WRITE_OFF', 'RETURN');`);
    this.addSql(`create type "stock_location_kind" as enum ('CENTRAL_PHARMACY', 'WARD');`);
    this.addSql(`create type "write_off_reason" as enum ('EXPIRED', 'DAMAGED', 'OTHER');`);
    this.addSql(`create table "stock_item" ("id" uuid not null, "kind" "stock_item_kind" not null, "name_fr" varchar(200) not null, "name_en" varchar(200) not null, "inn" varchar(200) null, "form" varchar(100) null, "strength" varchar(100) null, "route" "medication_route" null, "atc_code" varchar(7) null, "unit_of_issue" varchar(40) not null, "reorder_level" int not null, "unit_price_cents" int not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "stock_item_name_fr_index" on "stock_item" ("name_fr");`);

    this.addSql(`create table "stock_lot" ("id" uuid not null, "item_id" uuid not null, "lot_number" varchar(40) not null, "expiry_date" date not null, "supplier" varchar(200) not null, "received_quantity" int not null, "unit_cost_cents" int not null, "status" "lot_status" not null default 'ACTIVE', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "stock_lot_expiry_date_index" on "stock_lot" ("expiry_date");`);
    this.addSql(`alter table "stock_lot" add constraint "stock_lot_item_id_lot_number_unique" unique ("item_id", "lot_number");`);

    this.addSql(`create table "stock_operation" ("id" uuid not null, "request_hash" varchar(64) null, "kind" "movement_kind" not null, "at" timestamptz not null, "by_user_id" uuid not null, "by_name" varchar(220) not null, "patient_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "stock_operation_at_index" on "stock_operation" ("at");`);

    this.addSql(`create table "stock_location" ("id" uuid not null, "kind" "stock_location_kind" not null, "name" varchar(120) not null, "ward_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "stock_location" add constraint "stock_location_ward_id_unique" unique ("ward_id");`);
    this.addSql(`create unique index "stock_location_one_central" on "stock_location" ("kind") where "kind" = 'CENTRAL_PHARMACY';`);

    this.addSql(`create table "stock_movement" ("id" uuid not null, "operation_id" uuid not null, "kind" "movement_kind" not null, "at" timestamptz not null, "by_user_id" uuid not null, "by_name" varchar(220) not null, "item_id" uuid not null, "lot_id" uuid not null, "from_location_id" uuid null, "to_location_id" uuid null, "quantity" int not null, "unit_cost_cents" int null, "patient_id" uuid null, "prescription_id" uuid null, "reason" varchar(500) null, "write_off_reason" "write_off_reason" null, "lot_choice_reason" varchar(500) null, "invoice_line_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "stock_movement_operation_id_index" on "stock_movement" ("operation_id");`);
    this.addSql(`create index "stock_movement_patient_id_index" on "stock_movement" ("patient_id");`);
    this.addSql(`create index "stock_movement_to_location_id_at_index" on "stock_movement" ("to_location_id", "at");`);
    this.addSql(`create index "stock_movement_from_location_id_at_index" on "stock_movement" ("from_location_id", "at");`);
    this.addSql(`create index "stock_movement_item_id_at_index" on "stock_movement" ("item_id", "at");`);
    this.addSql(`create index "stock_movement_lot_id_at_index" on "stock_movement" ("lot_id", "at");`);
    this.addSql(`create index "stock_movement_at_id_index" on "stock_movement" ("at", "id");`);

    this.addSql(`create table "stock_balance" ("id" uuid not null, "lot_id" uuid not null, "location_id" uuid not null, "item_id" uuid not null, "quantity" int not null, primary key ("id"));`);
    this.addSql(`create index "stock_balance_location_id_item_id_index" on "stock_balance" ("location_id", "item_id");`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_lot_id_location_id_unique" unique ("lot_id", "location_id");`);

    this.addSql(`alter table "stock_item" add constraint "stock_item_atc_code_form" check (atc_code is null or atc_code ~ '^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}\$');`);
    this.addSql(`alter table "stock_item" add constraint "stock_item_unit_price_positive" check (unit_price_cents >= 0);`);
    this.addSql(`alter table "stock_item" add constraint "stock_item_reorder_level_positive" check (reorder_level >= 0);`);

    this.addSql(`alter table "stock_lot" add constraint "stock_lot_item_id_foreign" foreign key ("item_id") references "stock_item" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_lot" add constraint "stock_lot_unit_cost_positive" check (unit_cost_cents >= 0);`);
    this.addSql(`alter table "stock_lot" add constraint "stock_lot_received_positive" check (received_quantity > 0);`);

    this.addSql(`alter table "stock_location" add constraint "stock_location_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_location" add constraint "stock_location_ward_is_its_own" check ((kind = 'WARD') = (ward_id is not null) and (ward_id is null or ward_id = id));`);

    this.addSql(`alter table "stock_movement" add constraint "stock_movement_operation_id_foreign" foreign key ("operation_id") references "stock_operation" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_item_id_foreign" foreign key ("item_id") references "stock_item" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_lot_id_foreign" foreign key ("lot_id") references "stock_lot" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_from_location_id_foreign" foreign key ("from_location_id") references "stock_location" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_to_location_id_foreign" foreign key ("to_location_id") references "stock_location" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_prescription_id_foreign" foreign key ("prescription_id") references "prescription" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_locations" check (case kind
    when 'RECEIPT' then from_location_id is null and to_location_id is not null
    when 'RETURN' then from_location_id is null and to_location_id is not null
    when 'TRANSFER' then from_location_id is not null and to_location_id is not null and from_location_id <> to_location_id
    when 'DISPENSE' then from_location_id is not null and (to_location_id is null) = (patient_id is not null) and (to_location_id is null or to_location_id <> from_location_id)
    when 'ADJUSTMENT' then (from_location_id is null) <> (to_location_id is null) and reason is not null
    when 'WRITE_OFF' then from_location_id is not null and to_location_id is null and write_off_reason is not null
    else false end);`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_unit_cost" check ((unit_cost_cents is not null) = (kind = 'RECEIPT') and (unit_cost_cents is null or unit_cost_cents >= 0));`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_quantity_positive" check (quantity > 0);`);
    this.addSql(`create or replace function "stock_movement_stock_movement_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE'
       and (to_jsonb(new) - 'patient_id' - 'invoice_line_id') = (to_jsonb(old) - 'patient_id' - 'invoice_line_id')
       and (old.invoice_line_id is null or new.invoice_line_id is not distinct from old.invoice_line_id) then
      return new;     end if;     raise exception 'stock_movement is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "stock_movement_append_only" BEFORE UPDATE OR DELETE on "stock_movement" for each ROW execute function "stock_movement_stock_movement_append_only_fn"();`);

    // By hand: the ORM does not see statement-level triggers.
    this.addSql(`create or replace function "stock_movement_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'stock_movement is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "stock_movement_no_truncate" BEFORE TRUNCATE on "stock_movement" for each STATEMENT execute function "stock_movement_no_truncate_fn"();`);
    // By hand: the central pharmacy, the one location that is not a ward's (CENTRAL_PHARMACY_ID).
    this.addSql(`insert into "stock_location" ("id", "kind", "name") values ('00000000-0000-4000-8000-0000000000c1', 'CENTRAL_PHARMACY', 'Pharmacie centrale');`);

    this.addSql(`alter table "stock_balance" add constraint "stock_balance_lot_id_foreign" foreign key ("lot_id") references "stock_lot" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_location_id_foreign" foreign key ("location_id") references "stock_location" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_item_id_foreign" foreign key ("item_id") references "stock_item" ("id") on delete restrict;`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_not_negative" check (quantity >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "stock_movement_no_truncate" on "stock_movement";`);
    this.addSql(`drop function if exists "stock_movement_no_truncate_fn"();`);
    this.addSql(`alter table "stock_lot" drop constraint "stock_lot_item_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_item_id_foreign";`);
    this.addSql(`alter table "stock_balance" drop constraint "stock_balance_item_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_lot_id_foreign";`);
    this.addSql(`alter table "stock_balance" drop constraint "stock_balance_lot_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_operation_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_from_location_id_foreign";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_to_location_id_foreign";`);
    this.addSql(`alter table "stock_balance" drop constraint "stock_balance_location_id_foreign";`);

    this.addSql(`drop table if exists "stock_item" cascade;`);
    this.addSql(`drop table if exists "stock_lot" cascade;`);
    this.addSql(`drop table if exists "stock_operation" cascade;`);
    this.addSql(`drop table if exists "stock_location" cascade;`);
    this.addSql(`drop trigger if exists "stock_movement_append_only" on "stock_movement";`);
    this.addSql(`drop function if exists "stock_movement_stock_movement_append_only_fn"();`);
    this.addSql(`drop table if exists "stock_movement" cascade;`);
    this.addSql(`drop table if exists "stock_balance" cascade;`);

    this.addSql(`drop type "stock_item_kind";`);
    this.addSql(`drop type "lot_status";`);
    this.addSql(`drop type "movement_kind";`);
    this.addSql(`drop type "stock_location_kind";`);
    this.addSql(`drop type "write_off_reason";`);
  }

}
