import { Migration } from '@mikro-orm/migrations';

export class Migration20261203035507 extends Migration {

  override name = 'Migration20261203035507';

  override up(): void | Promise<void> {
    this.addSql(`create table "mfa_recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "mfa_recovery_code_user_id_index" on "mfa_recovery_code" ("user_id");`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_code_hash_unique" unique ("code_hash");`);

    this.addSql(`alter table "app_user" add "mfa_secret" text null, add "mfa_pending_secret" text null, add "mfa_enabled_at" timestamptz null, add "mfa_last_time_step" int null;`);

    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mfa_recovery_code" cascade;`);

    this.addSql(`alter table "app_user" drop column "mfa_secret", drop column "mfa_pending_secret", drop column "mfa_enabled_at", drop column "mfa_last_time_step";`);
  }

}
