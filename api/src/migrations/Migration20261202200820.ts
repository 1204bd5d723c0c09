import { Migration } from '@mikro-orm/migrations';

export class Migration20261202200820 extends Migration {

  override name = 'Migration20261202200820';

  override up(): void | Promise<void> {
    this.addSql(`create type "mail_kind" as enum ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'APPOINTMENT_REMINDER');`);
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'SENT', 'FAILED');`);
    this.addSql(`create type "account_token_purpose" as enum ('PASSWORD_RESET', 'EMAIL_VERIFICATION');`);
    this.addSql(`create table "mail_outbox" ("id" uuid not null, "to" varchar(320) not null, "subject" varchar(300) not null, "text" text not null, "html" text null, "kind" "mail_kind" not null, "dedupe_key" varchar(200) not null, "secret" varchar(200) null, "status" "mail_status" not null default 'QUEUED', "attempts" int not null default 0, "created_at" timestamptz not null, "sent_at" timestamptz null, "error" varchar(200) null, primary key ("id"));`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "mail_outbox_status_created_at_index" on "mail_outbox" ("status", "created_at");`);

    this.addSql(`create table "account_token" ("id" uuid not null, "user_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_token_user_id_purpose_created_at_index" on "account_token" ("user_id", "purpose", "created_at");`);

    this.addSql(`alter table "app_user" add "email_verified_at" timestamptz null, add "reminders_opt_out" boolean not null default false;`);

    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mail_outbox" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`alter table "app_user" drop column "email_verified_at", drop column "reminders_opt_out";`);

    this.addSql(`drop type "mail_kind";`);
    this.addSql(`drop type "mail_status";`);
    this.addSql(`drop type "account_token_purpose";`);
  }

}
