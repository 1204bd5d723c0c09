import { Migration } from '@mikro-orm/migrations';

export class Migration20261202205107 extends Migration {

  override name = 'Migration20261202205107';

  override up(): void | Promise<void> {
    this.addSql(`create type "emergency_access_status" as enum ('PENDING', 'ACKNOWLEDGED', 'FLAGGED');`);
    this.addSql(`create table "emergency_access" ("id" uuid not null, "user_id" uuid not null, "clinician_name" varchar(200) not null, "clinician_role" "role" not null, "patient_id" uuid not null, "reason" text not null, "opened_at" timestamptz not null, "expires_at" timestamptz not null, "status" "emergency_access_status" not null default 'PENDING', "reviewed_by_id" uuid null, "reviewed_by_name" varchar(200) null, "reviewed_at" timestamptz null, "review_note" text null, primary key ("id"));`);
    this.addSql(`create index "emergency_access_status_opened_at_index" on "emergency_access" ("status", "opened_at");`);
    this.addSql(`create index "emergency_access_user_id_patient_id_expires_at_index" on "emergency_access" ("user_id", "patient_id", "expires_at");`);

    this.addSql(`alter type "notification_kind" add value if not exists 'EMERGENCY_ACCESS_OPENED' after 'STOCK_ALERTS';`);

    this.addSql(`alter table "emergency_access" add constraint "emergency_access_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "emergency_access" cascade;`);

    this.addSql(`drop type "emergency_access_status";`);
  }

}
