import { Migration } from '@mikro-orm/migrations';

export class Migration20261203051643 extends Migration {

  override name = 'Migration20261203051643';

  override up(): void | Promise<void> {
    this.addSql(`create index "stock_item_name_fr_french" on "stock_item" ((name_fr collate "fr-x-icu"), id);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "stock_item_name_fr_french";`);
  }

}
