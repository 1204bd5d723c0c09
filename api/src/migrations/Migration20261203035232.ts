import { Migration } from '@mikro-orm/migrations';

export class Migration20261203035232 extends Migration {

  override name = 'Migration20261203035232';

  override up(): void | Promise<void> {
    this.addSql(`alter table "stock_item" add "search_text" text generated always as (cg_search_norm((((((((name_fr)::text || ' '::text) || (name_en)::text) || ' '::text) || (COALESCE(inn, ''::character varying))::text) || ' '::text) || (COALESCE(atc_code, ''::character varying))::text))) stored collate "C" null;`);
    this.addSql(`create index "stock_item_search_text_trgm" on "stock_item" using gin ("search_text" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "stock_item_search_text_trgm";`);
    this.addSql(`alter table "stock_item" drop column "search_text";`);
  }

}
