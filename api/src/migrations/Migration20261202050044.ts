import { Migration } from '@mikro-orm/migrations';

/**
 * One idempotency mechanism for offline-capable writes (kernel/write-once.ts): vitals, care notes
 * and doses all take a device-made id and keep the fingerprint of the request that made the row.
 * Existing vitals and notes get no fingerprint (null), so a replay of one is a conflict. Doses
 * keep their ids; the idempotency key they were sent with is no longer honoured: the PWA held it
 * only until the server answered, and a dose recorded twice is still refused by
 * `medication_administration_one_per_dose`.
 */
export class Migration20261202050044 extends Migration {

  override name = 'Migration20261202050044';

  override up(): void | Promise<void> {
    this.addSql(`alter table "medication_administration" drop constraint "medication_administration_idempotency_key_unique";`);
    this.addSql(`alter table "medication_administration" drop column "idempotency_key";`);

    this.addSql(`alter table "care_note" add "request_hash" varchar(64) null;`);

    this.addSql(`alter table "vital_signs" add "request_hash" varchar(64) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "care_note" drop column "request_hash";`);

    this.addSql(`alter table "medication_administration" add "idempotency_key" varchar(100) null;`);
    this.addSql(`update "medication_administration" set "idempotency_key" = "id"::text;`);
    this.addSql(`alter table "medication_administration" alter column "idempotency_key" set not null;`);
    this.addSql(`alter table "medication_administration" add constraint "medication_administration_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(`alter table "vital_signs" drop column "request_hash";`);
  }

}
