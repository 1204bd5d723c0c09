import { Migration } from '@mikro-orm/migrations';

/**
 * The link between a portal account and its patient record moves to the patient's side
 * (`patient.account_id`), so that auth knows nothing of patients: the patients module owns
 * self-registration and the link. Every existing link is carried over before the old column goes.
 */
export class Migration20261202053000 extends Migration {

  override name = 'Migration20261202053000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "patient" add column "account_id" uuid null;`);
    this.addSql(`update "patient" p set "account_id" = u."id" from "app_user" u where u."patient_id" = p."id";`);
    this.addSql(`alter table "patient" add constraint "patient_account_id_unique" unique ("account_id");`);
    this.addSql(`alter table "patient" add constraint "patient_account_id_foreign" foreign key ("account_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" drop constraint "app_user_patient_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_patient_id_unique";`);
    this.addSql(`alter table "app_user" drop column "patient_id";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "patient_id" uuid null;`);
    this.addSql(`update "app_user" u set "patient_id" = p."id" from "patient" p where p."account_id" = u."id";`);
    this.addSql(`alter table "app_user" add constraint "app_user_patient_id_unique" unique ("patient_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete set null;`);
    this.addSql(`alter table "patient" drop constraint "patient_account_id_foreign";`);
    this.addSql(`alter table "patient" drop constraint "patient_account_id_unique";`);
    this.addSql(`alter table "patient" drop column "account_id";`);
  }

}
