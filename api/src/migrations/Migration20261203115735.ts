import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115735 extends Migration {

  override name = 'Migration20261203115735';

  override up(): void | Promise<void> {
    this.addSql(`create index "admission_discharged_in_period" on "admission" ("discharged_at") include ("admitted_at") where "status" = 'DISCHARGED';`);

    this.addSql(`create index "bed_stay_by_admission" on "bed_stay" ("admission_id", "ended_at") include ("ward_id") where not "cancelled";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "admission_discharged_in_period";`);

    this.addSql(`drop index "bed_stay_by_admission";`);
  }

}
