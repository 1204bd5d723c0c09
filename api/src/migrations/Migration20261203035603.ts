import { Migration } from '@mikro-orm/migrations';

export class Migration20261203035603 extends Migration {

  override name = 'Migration20261203035603';

  override up(): void | Promise<void> {
    this.addSql(`create index "patient_sex_birth_date" on "patient" ("id") include ("sex", "birth_date");`);

    this.addSql(`create index "invoice_issued_in_period" on "invoice" ("issued_at") include ("kind", "status")
    where "status" not in ('DRAFT', 'DISCARDED');`);

    this.addSql(`create index "payment_received_in_period" on "payment" ("received_at") include ("method", "amount_minor", "invoice_id");`);

    this.addSql(`drop index "emergency_case_arrived_at_index";`);
    this.addSql(`create index "emergency_case_by_arrival" on "emergency_case" ("arrived_at") include ("patient_id", "triaged_at", "doctor_at", "closed_at", "outcome");`);

    this.addSql(`create index "invoice_line_amounts" on "invoice_line" ("invoice_id") include ("act_kind", "amount_minor", "insurer_minor", "patient_minor");`);

    this.addSql(`create index "appointment_by_start" on "appointment" ("starts_at") include ("practitioner_id", "status", "patient_id", "ends_at");`);

    this.addSql(`create index "stock_movement_receipts_by_item" on "stock_movement" ("item_id", "at")
    include ("quantity", "unit_cost_cents") where "kind" = 'RECEIPT';`);
    this.addSql(`create index "stock_movement_costed" on "stock_movement" ("kind", "at")
    include ("item_id", "quantity", "unit_cost_cents", "from_location_id", "to_location_id", "write_off_reason")
    where "kind" in ('RECEIPT', 'WRITE_OFF');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "appointment_by_start";`);

    this.addSql(`drop index "emergency_case_by_arrival";`);
    this.addSql(`create index "emergency_case_arrived_at_index" on "emergency_case" ("arrived_at");`);

    this.addSql(`drop index "invoice_issued_in_period";`);

    this.addSql(`drop index "invoice_line_amounts";`);

    this.addSql(`drop index "patient_sex_birth_date";`);

    this.addSql(`drop index "payment_received_in_period";`);

    this.addSql(`drop index "stock_movement_receipts_by_item";`);
    this.addSql(`drop index "stock_movement_costed";`);
  }

}
