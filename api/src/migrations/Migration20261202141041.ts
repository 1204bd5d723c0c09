import { Migration } from '@mikro-orm/migrations';

export class Migration20261202141041 extends Migration {

  override name = 'Migration20261202141041';

  override up(): void | Promise<void> {
    this.addSql(`alter table "medication_administration" add "after_stop_reason" varchar(500) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "medication_administration" drop column "after_stop_reason";`);
  }

}
