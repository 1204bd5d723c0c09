import { Migration } from '@mikro-orm/migrations';

export class Migration20261203040750 extends Migration {

  override name = 'Migration20261203040750';

  override up(): void | Promise<void> {
    // Cash-ups closed before the day existed keep the UTC date of their close (the demo has none).
    this.addSql(`alter table "cash_up" add "day" date;`);
    this.addSql(`update "cash_up" set "day" = ("closed_at" at time zone 'UTC')::date;`);
    this.addSql(`alter table "cash_up" alter column "day" set not null;`);
    this.addSql(`alter table "cash_up" add constraint "cash_up_cashier_id_day_unique" unique ("cashier_id", "day");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cash_up" drop constraint "cash_up_cashier_id_day_unique";`);
    this.addSql(`alter table "cash_up" drop column "day";`);
  }

}
