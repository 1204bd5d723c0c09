import { Migration } from '@mikro-orm/migrations';

export class Migration20261202201347 extends Migration {

  override name = 'Migration20261202201347';

  override up(): void | Promise<void> {
    this.addSql(`create table "billing_counter" ("series" varchar(20) not null, "year" int not null, "last" int not null, primary key ("series", "year"));`);

    this.addSql(`create table "cash_up" ("id" uuid not null, "request_hash" varchar(64) null, "cashier_id" uuid not null, "cashier_name" varchar(220) not null, "closed_at" timestamptz not null, "payment_count" int not null, "expected_cash_minor" int not null, "counted_cash_minor" int not null, "difference_minor" int not null, "totals" jsonb not null, "note" varchar(500) null, primary key ("id"));`);
    this.addSql(`create index "cash_up_cashier_id_closed_at_index" on "cash_up" ("cashier_id", "closed_at");`);

    this.addSql(`create table "insurance_coverage" ("id" uuid not null, "payer_key" varchar(120) not null, "payer" varchar(120) not null, "act_kind" varchar(20) not null, "percent" int null, "fixed_minor" int null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "insurance_coverage" add constraint "insurance_coverage_payer_key_act_kind_unique" unique ("payer_key", "act_kind");`);

    this.addSql(`create table "tariff" ("id" uuid not null, "act_kind" varchar(20) not null, "code" varchar(80) not null, "label_fr" varchar(200) not null, "label_en" varchar(200) not null, "amount_minor" int not null, "valid_from" date not null, "valid_to" date null, "created_at" timestamptz not null, "created_by_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "tariff_act_kind_code_valid_from_index" on "tariff" ("act_kind", "code", "valid_from");`);
    this.addSql(`alter table "tariff" add constraint "tariff_act_kind_code_valid_from_unique" unique ("act_kind", "code", "valid_from");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "request_hash" varchar(64) null, "kind" varchar(20) not null, "status" varchar(20) not null, "patient_id" uuid not null, "number" varchar(20) null, "year" int null, "seq" int null, "currency" varchar(3) not null, "total_minor" int not null, "insurer_minor" int not null, "patient_minor" int not null, "paid_patient_minor" int not null default 0, "paid_insurer_minor" int not null default 0, "payer" varchar(120) null, "payer_key" varchar(120) null, "member_number" varchar(40) null, "patient_name" varchar(220) not null, "created_at" timestamptz not null, "created_by_id" uuid not null, "issued_at" timestamptz null, "issued_by_name" varchar(220) null, "credited_invoice_id" uuid null, "reason" varchar(500) null, "cancelled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_payer_key_issued_at_index" on "invoice" ("payer_key", "issued_at");`);
    this.addSql(`create index "invoice_status_issued_at_index" on "invoice" ("status", "issued_at");`);
    this.addSql(`create index "invoice_patient_id_created_at_index" on "invoice" ("patient_id", "created_at");`);
    this.addSql(`create unique index "invoice_one_credit_note" on "invoice" ("credited_invoice_id") where "credited_invoice_id" is not null;`);
    this.addSql(`alter table "invoice" add constraint "invoice_kind_year_seq_unique" unique ("kind", "year", "seq");`);

    this.addSql(`create table "payment" ("id" uuid not null, "request_hash" varchar(64) null, "invoice_id" uuid not null, "patient_id" uuid not null, "method" varchar(20) not null, "amount_minor" int not null, "reference" varchar(120) null, "reason" varchar(500) null, "refund_of_id" uuid null, "receipt_number" varchar(20) not null, "received_at" timestamptz not null, "received_by_id" uuid not null, "received_by_name" varchar(220) not null, "cash_up_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "payment" add constraint "payment_receipt_number_unique" unique ("receipt_number");`);
    this.addSql(`create index "payment_not_cashed_up" on "payment" ("received_by_id") where "cash_up_id" is null;`);
    this.addSql(`create index "payment_refund_of_id_index" on "payment" ("refund_of_id");`);
    this.addSql(`create index "payment_patient_id_received_at_index" on "payment" ("patient_id", "received_at");`);
    this.addSql(`create index "payment_invoice_id_received_at_index" on "payment" ("invoice_id", "received_at");`);

    this.addSql(`create table "charge" ("id" uuid not null, "request_hash" varchar(64) null, "source_key" varchar(120) not null, "patient_id" uuid not null, "act_kind" varchar(20) not null, "code" varchar(80) not null, "label_fr" varchar(200) not null, "label_en" varchar(200) not null, "quantity" int not null, "unit_minor" int null, "amount_minor" int null, "occurred_at" timestamptz not null, "reason" varchar(500) null, "invoice_id" uuid null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "source_ids" jsonb null, "created_at" timestamptz not null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "charge" add constraint "charge_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "charge_unbilled" on "charge" ("patient_id", "occurred_at") where "invoice_id" is null and "voided_at" is null;`);
    this.addSql(`create index "charge_patient_id_occurred_at_index" on "charge" ("patient_id", "occurred_at");`);

    this.addSql(`create table "invoice_line" ("id" uuid not null, "invoice_id" uuid not null, "charge_id" uuid not null, "position" int not null, "act_kind" varchar(20) not null, "label_fr" varchar(200) not null, "label_en" varchar(200) not null, "occurred_at" timestamptz not null, "quantity" int not null, "unit_minor" int not null, "amount_minor" int not null, "insurer_minor" int not null, "patient_minor" int not null, primary key ("id"));`);
    this.addSql(`create index "invoice_line_charge_id_index" on "invoice_line" ("charge_id");`);
    this.addSql(`create index "invoice_line_invoice_id_position_index" on "invoice_line" ("invoice_id", "position");`);

    this.addSql(`alter table "insurance_coverage" add constraint "insurance_coverage_one_rule" check ((percent is null) <> (fixed_minor is null) and (percent is null or percent between 0 and 100) and (fixed_minor is null or fixed_minor >= 0));`);
    this.addSql(`alter table "insurance_coverage" add constraint "insurance_coverage_act_kind_check" check ("act_kind" in ('CONSULTATION', 'LAB_TEST', 'BED_DAY', 'MEDICATION', 'PROCEDURE', 'OTHER'));`);

    this.addSql(`alter table "tariff" add constraint "tariff_no_overlap" exclude using gist (act_kind with =, code with =, daterange(valid_from, valid_to, '[]') with &&);`);
    this.addSql(`alter table "tariff" add constraint "tariff_period" check (valid_to is null or valid_to >= valid_from);`);
    this.addSql(`alter table "tariff" add constraint "tariff_amount_positive" check (amount_minor >= 0);`);
    this.addSql(`alter table "tariff" add constraint "tariff_act_kind_check" check ("act_kind" in ('CONSULTATION', 'LAB_TEST', 'BED_DAY', 'MEDICATION', 'PROCEDURE', 'OTHER'));`);

    this.addSql(`alter table "invoice" add constraint "invoice_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice" add constraint "invoice_credited_invoice_id_foreign" foreign key ("credited_invoice_id") references "invoice" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice" add constraint "invoice_paid_within_shares" check (kind = 'CREDIT_NOTE' and paid_patient_minor = 0 and paid_insurer_minor = 0
    or kind = 'INVOICE' and paid_patient_minor between 0 and patient_minor
       and paid_insurer_minor between 0 and insurer_minor);`);
    this.addSql(`alter table "invoice" add constraint "invoice_shares" check (total_minor = insurer_minor + patient_minor);`);
    this.addSql(`alter table "invoice" add constraint "invoice_numbered" check ((number is null) = (status in ('DRAFT', 'DISCARDED')));`);
    this.addSql(`alter table "invoice" add constraint "invoice_kind_check" check ("kind" in ('INVOICE', 'CREDIT_NOTE'));`);
    this.addSql(`alter table "invoice" add constraint "invoice_status_check" check ("status" in ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED', 'DISCARDED'));`);
    this.addSql(`create or replace function "invoice_invoice_issued_is_final_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then
      raise exception 'an invoice is never deleted' using errcode = 'P0001';     end if;     if old.status in ('DISCARDED', 'CANCELLED') then
      raise exception 'a discarded or cancelled invoice is final' using errcode = 'P0001';     end if;     if old.status <> 'DRAFT' and
       (to_jsonb(new) - 'status' - 'paid_patient_minor' - 'paid_insurer_minor' - 'cancelled_at' - 'patient_id')
         <> (to_jsonb(old) - 'status' - 'paid_patient_minor' - 'paid_insurer_minor' - 'cancelled_at' - 'patient_id') then
      raise exception 'an issued invoice is immutable' using errcode = 'P0001';     end if;     return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "invoice_issued_is_final" BEFORE UPDATE OR DELETE on "invoice" for each ROW execute function "invoice_invoice_issued_is_final_fn"();`);

    this.addSql(`alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete restrict;`);
    this.addSql(`alter table "payment" add constraint "payment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`);
    this.addSql(`alter table "payment" add constraint "payment_refund_of_id_foreign" foreign key ("refund_of_id") references "payment" ("id") on delete restrict;`);
    this.addSql(`alter table "payment" add constraint "payment_refund_reason" check ((amount_minor > 0) = (reason is null));`);
    this.addSql(`alter table "payment" add constraint "payment_not_zero" check (amount_minor <> 0);`);
    this.addSql(`alter table "payment" add constraint "payment_method_check" check ("method" in ('CASH', 'CARD', 'INSURANCE', 'MOBILE_MONEY', 'BANK_TRANSFER'));`);
    this.addSql(`create or replace function "payment_payment_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' and old.cash_up_id is null
       and (to_jsonb(new) - 'cash_up_id' - 'patient_id') = (to_jsonb(old) - 'cash_up_id' - 'patient_id') then
      return new;     end if;     raise exception 'payment is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "payment_append_only" BEFORE UPDATE OR DELETE on "payment" for each ROW execute function "payment_payment_append_only_fn"();`);

    this.addSql(`alter table "charge" add constraint "charge_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete restrict;`);
    this.addSql(`alter table "charge" add constraint "charge_void_reason" check ((voided_at is null) = (void_reason is null));`);
    this.addSql(`alter table "charge" add constraint "charge_priced" check ((unit_minor is null) = (amount_minor is null) and (unit_minor is null or unit_minor >= 0));`);
    this.addSql(`alter table "charge" add constraint "charge_quantity_positive" check (quantity > 0);`);
    this.addSql(`alter table "charge" add constraint "charge_act_kind_check" check ("act_kind" in ('CONSULTATION', 'LAB_TEST', 'BED_DAY', 'MEDICATION', 'PROCEDURE', 'OTHER'));`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_charge_id_foreign" foreign key ("charge_id") references "charge" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_shares" check (amount_minor = insurer_minor + patient_minor);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_act_kind_check" check ("act_kind" in ('CONSULTATION', 'LAB_TEST', 'BED_DAY', 'MEDICATION', 'PROCEDURE', 'OTHER'));`);
    this.addSql(`create or replace function "invoice_line_invoice_line_append_only_fn"() returns trigger as \$\$ begin raise exception 'invoice_line is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "invoice_line_append_only" BEFORE UPDATE OR DELETE on "invoice_line" for each ROW execute function "invoice_line_invoice_line_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_credited_invoice_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_invoice_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_refund_of_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_charge_id_foreign";`);

    this.addSql(`drop table if exists "billing_counter" cascade;`);
    this.addSql(`drop table if exists "cash_up" cascade;`);
    this.addSql(`drop table if exists "insurance_coverage" cascade;`);
    this.addSql(`drop table if exists "tariff" cascade;`);
    this.addSql(`drop trigger if exists "invoice_issued_is_final" on "invoice";`);
    this.addSql(`drop function if exists "invoice_invoice_issued_is_final_fn"();`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop trigger if exists "payment_append_only" on "payment";`);
    this.addSql(`drop function if exists "payment_payment_append_only_fn"();`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "charge" cascade;`);
    this.addSql(`drop trigger if exists "invoice_line_append_only" on "invoice_line";`);
    this.addSql(`drop function if exists "invoice_line_invoice_line_append_only_fn"();`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);
  }

}
