import { Migration } from '@mikro-orm/migrations';

export class Migration20261202180738 extends Migration {

  override name = 'Migration20261202180738';

  override up(): void | Promise<void> {
    this.addSql(`create type "stock_alert_kind" as enum ('BELOW_REORDER_LEVEL', 'EXPIRING', 'EXPIRED_ON_HAND');`);
    this.addSql(`create table "stock_alert" ("id" uuid not null, "key" varchar(200) not null, "kind" "stock_alert_kind" not null, "item_id" uuid not null, "lot_id" uuid null, "location_id" uuid null, "quantity" int not null, "expiry_date" date null, "reorder_level" int null, "raised_at" timestamptz not null, "computed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "stock_alert" add constraint "stock_alert_key_unique" unique ("key");`);
    this.addSql(`create index "stock_alert_kind_raised_at_index" on "stock_alert" ("kind", "raised_at");`);

    this.addSql(`alter table "stock_lot" add "recalled_at" timestamptz null, add "recall_reason" varchar(500) null;`);
    this.addSql(`alter table "stock_lot" add constraint "stock_lot_recall" check ((status = 'RECALLED') = (recalled_at is not null and recall_reason is not null));`);

    this.addSql(`alter type "movement_kind" add value if not exists 'CONSUMPTION' after 'RETURN';`);

    this.addSql(`alter table "prescription" add "stock_item_id" uuid null, add "units_per_dose" smallint null;`);
    this.addSql(`create index "prescription_stock_item_id_index" on "prescription" ("stock_item_id");`);
    this.addSql(`alter table "prescription" add constraint "prescription_units_per_dose" check ((units_per_dose is null) = (stock_item_id is null) and (units_per_dose is null or units_per_dose between 1 and 1000));`);

    this.addSql(`alter table "medication_administration" add "lot_id" uuid null;`);
    this.addSql(`create index "medication_administration_lot_id_index" on "medication_administration" ("lot_id");`);

    this.addSql(`alter type "notification_kind" add value if not exists 'LOT_RECALLED' after 'LAB_RESULT_CRITICAL';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'STOCK_ALERTS' after 'LOT_RECALLED';`);

    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_locations";`);
    this.addSql(`alter table "stock_movement" add "administration_id" uuid null;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_administration_id_foreign" foreign key ("administration_id") references "medication_administration" ("id") on delete restrict;`);
    this.addSql(`create index "stock_movement_prescription_id_at_index" on "stock_movement" ("prescription_id", "at");`);
    this.addSql(`create unique index "stock_movement_one_consumption_per_dose_lot" on "stock_movement" ("administration_id", "lot_id") where "administration_id" is not null;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_administration" check ((administration_id is not null) = (kind::text = 'CONSUMPTION'));`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_locations" check (case kind::text
    when 'RECEIPT' then from_location_id is null and to_location_id is not null
    when 'RETURN' then from_location_id is null and to_location_id is not null
    when 'TRANSFER' then from_location_id is not null and to_location_id is not null and from_location_id <> to_location_id
    when 'DISPENSE' then from_location_id is not null and (to_location_id is null) = (patient_id is not null) and (to_location_id is null or to_location_id <> from_location_id)
    when 'ADJUSTMENT' then (from_location_id is null) <> (to_location_id is null) and reason is not null
    when 'WRITE_OFF' then from_location_id is not null and to_location_id is null and write_off_reason is not null
    when 'CONSUMPTION' then from_location_id is not null and to_location_id is null and patient_id is not null
    else false end);`);

    this.addSql(`alter table "stock_alert" add constraint "stock_alert_item_id_foreign" foreign key ("item_id") references "stock_item" ("id") on delete cascade;`);
    this.addSql(`alter table "stock_alert" add constraint "stock_alert_lot_id_foreign" foreign key ("lot_id") references "stock_lot" ("id") on delete cascade;`);
    this.addSql(`alter table "stock_alert" add constraint "stock_alert_location_id_foreign" foreign key ("location_id") references "stock_location" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stock_alert" cascade;`);

    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_administration_id_foreign";`);

    this.addSql(`drop index "medication_administration_lot_id_index";`);
    this.addSql(`alter table "medication_administration" drop column "lot_id";`);

    this.addSql(`drop index "prescription_stock_item_id_index";`);
    this.addSql(`alter table "prescription" drop constraint "prescription_units_per_dose";`);
    this.addSql(`alter table "prescription" drop column "stock_item_id", drop column "units_per_dose";`);

    this.addSql(`alter table "stock_lot" drop constraint "stock_lot_recall";`);
    this.addSql(`alter table "stock_lot" drop column "recalled_at", drop column "recall_reason";`);

    this.addSql(`drop index "stock_movement_prescription_id_at_index";`);
    this.addSql(`drop index "stock_movement_one_consumption_per_dose_lot";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_administration";`);
    this.addSql(`alter table "stock_movement" drop constraint "stock_movement_locations";`);
    this.addSql(`alter table "stock_movement" drop column "administration_id";`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_locations" check (case kind
    when 'RECEIPT' then from_location_id is null and to_location_id is not null
    when 'RETURN' then from_location_id is null and to_location_id is not null
    when 'TRANSFER' then from_location_id is not null and to_location_id is not null and from_location_id <> to_location_id
    when 'DISPENSE' then from_location_id is not null and (to_location_id is null) = (patient_id is not null) and (to_location_id is null or to_location_id <> from_location_id)
    when 'ADJUSTMENT' then (from_location_id is null) <> (to_location_id is null) and reason is not null
    when 'WRITE_OFF' then from_location_id is not null and to_location_id is null and write_off_reason is not null
    else false end);`);

    this.addSql(`drop type "stock_alert_kind";`);
  }

}
