import { Migration } from '@mikro-orm/migrations';

export class Migration20261202203755 extends Migration {

  override name = 'Migration20261202203755';

  override up(): void | Promise<void> {
    this.addSql(`create index "invoice_open_by_patient" on "invoice" ("patient_id")
    include ("issued_at", "patient_minor", "paid_patient_minor", "insurer_minor", "paid_insurer_minor")
    where "kind" = 'INVOICE' and "status" in ('ISSUED', 'PARTIALLY_PAID');`);
    // The worklist sums unbilled amounts from the index alone.
    this.addSql(`drop index "charge_unbilled";`);
    this.addSql(`create index "charge_unbilled" on "charge" ("patient_id", "occurred_at") include ("amount_minor") where "invoice_id" is null and "voided_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "invoice_open_by_patient";`);
    this.addSql(`drop index "charge_unbilled";`);
    this.addSql(`create index "charge_unbilled" on "charge" ("patient_id", "occurred_at") where "invoice_id" is null and "voided_at" is null;`);
  }

}
