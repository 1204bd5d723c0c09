import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122023 extends Migration {

  override name = 'Migration20261203122023';

  override up(): void | Promise<void> {
    this.addSql(`create index "stock_lot_recalled" on "stock_lot" ("id") where "status" = 'RECALLED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "stock_lot_recalled";`);
  }

}
