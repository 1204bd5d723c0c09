import { Migration } from '@mikro-orm/migrations';

/**
 * A notification becomes data: a kind (now an enum) and its parameters, which the PWA writes in
 * the reader's language. Existing rows keep their text: their title and body move into
 * `params` as `{ "title": …, "body": … }`, which the PWA shows as it was stored.
 */
export class Migration20261202050427 extends Migration {

  override name = 'Migration20261202050427';

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('APPOINTMENT_BOOKED', 'APPOINTMENT_MOVED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_DELAYED', 'APPOINTMENT_CANCELLED_PRACTITIONER', 'PATIENTS_TO_CALL', 'WAITLIST_OFFER', 'NEWS2_MEDIUM', 'NEWS2_HIGH', 'LAB_RESULT', 'LAB_RESULT_CRITICAL');`);
    this.addSql(`alter table "notification" add "params" jsonb null;`);
    this.addSql(`update "notification" set "params" = jsonb_build_object('title', "title", 'body', "body");`);
    this.addSql(`alter table "notification" alter column "params" set not null;`);
    this.addSql(`alter table "notification" drop column "body", drop column "title";`);
    this.addSql(`alter table "notification" alter column "kind" type "notification_kind" using ("kind"::"notification_kind");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" add "body" text null, add "title" varchar(200) null;`);
    this.addSql(`update "notification" set "title" = left(coalesce("params"->>'title', "kind"::text), 200), "body" = coalesce("params"->>'body', "params"::text);`);
    this.addSql(`alter table "notification" alter column "body" set not null, alter column "title" set not null;`);
    this.addSql(`alter table "notification" drop column "params";`);
    this.addSql(`alter table "notification" alter column "kind" type varchar(60) using ("kind"::varchar(60));`);

    this.addSql(`drop type "notification_kind";`);
  }

}
