import { Migration } from '@mikro-orm/migrations';

export class Migration20261203044913 extends Migration {

  override name = 'Migration20261203044913';

  override up(): void | Promise<void> {
    this.addSql(`alter table "appointment" add "encounter_id" uuid null;`);
    // Visits already started: their encounter was opened with the appointment's id (R5).
    this.addSql(
      `update "appointment" a set "encounter_id" = e."id" from "encounter" e where e."appointment_id" = a."id";`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop column "encounter_id";`);
  }

}
